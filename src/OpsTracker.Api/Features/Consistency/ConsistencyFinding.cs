namespace OpsTracker.Api.Features.Consistency;

/// <summary>One thing the consistency check compared: what, whether the stored value agrees with the records, and the figures.</summary>
public sealed record ConsistencyFinding(string What, bool Agrees, string Detail)
{
    public override string ToString() => $"{(Agrees ? "ok" : "DISAGREES"),-9} {What}: {Detail}";
}
