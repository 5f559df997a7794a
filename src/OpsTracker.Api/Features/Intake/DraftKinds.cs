namespace OpsTracker.Api.Features.Intake;

/// <summary>
/// The record kinds a draft can be, by their route path: a draft's record is the POST body of its kind.
/// </summary>
public static class DraftKinds
{
    public const string Operations = "operations";
    public const string Casualties = "casualties";
    public const string Arrests = "arrests";
    public const string DetaineeFigures = "detainee-figures";
    public const string CampPopulations = "camp-populations";
    public const string StrengthEstimates = "strength-estimates";
    public const string Transfers = "transfers";
    public const string Events = "events";
    public const string Statements = "statements";

    public static IReadOnlyList<string> All { get; } = [Operations, Casualties, Arrests, DetaineeFigures, CampPopulations, StrengthEstimates, Transfers, Events, Statements];

    /// <summary>Kinds recorded by a period (startDate, endDate); statements by the day they were made (madeOn); the others by the date a figure stands for (asOf).</summary>
    public static bool IsEvent(string kind) => kind is Operations or Casualties or Arrests or Transfers or Events;
}
