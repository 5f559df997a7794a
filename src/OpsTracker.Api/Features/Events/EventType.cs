namespace OpsTracker.Api.Features.Events;

/// <summary>What kind of development an event is: the political and structural changes that are not operations.</summary>
public enum EventType
{
    /// <summary>A state or group joining or leaving a coalition (Syria joining the Global Coalition as its 90th member).</summary>
    CoalitionMembership,

    /// <summary>An agreement, declaration or accord signed, or claimed to be signed (or not) by its parties.</summary>
    Agreement,

    /// <summary>A camp closed or emptied.</summary>
    CampClosure,

    /// <summary>A camp, prison, area or task handed from one force to another.</summary>
    Handover,

    /// <summary>A force's leader or commander replaced.</summary>
    LeadershipChange,

    Other,
}
