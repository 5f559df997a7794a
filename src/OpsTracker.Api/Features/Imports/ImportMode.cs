namespace OpsTracker.Api.Features.Imports;

/// <summary>What an import does with a row whose externalId is already stored.</summary>
public enum ImportMode
{
    /// <summary>The row is an error: an import adds records and never overwrites one by accident.</summary>
    Insert,

    /// <summary>The row replaces the stored record, as a PUT would; rows without externalId are added.</summary>
    Upsert,
}
