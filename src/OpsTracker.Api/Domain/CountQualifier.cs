namespace OpsTracker.Api.Domain;

/// <summary>How a report qualified its number: "about 30,000", "more than 22", "2,500 to 3,000".</summary>
public enum CountQualifier
{
    Exact,
    Approximately,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Range,
}
