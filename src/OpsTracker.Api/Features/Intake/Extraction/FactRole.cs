namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>What a figure counts, which decides the record kind of its draft.</summary>
internal enum FactRole
{
    Killed,
    Wounded,
    Arrested,
    Operation,
    Transfer,

    /// <summary>People held in prisons or detention: a detainee figure.</summary>
    Held,

    /// <summary>People living in a camp: a camp population figure.</summary>
    Residents,

    /// <summary>A group's active fighters: a strength estimate.</summary>
    Fighters,
}
