namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>A named person: "القيادي في تنظيم الدولة بهاء مسيري الملقب بـ"أبو عبد الرحمن"، وهو عراقي الجنسية".</summary>
internal sealed class PersonMention
{
    public int Start { get; init; }
    public int End { get; init; }
    public string? Name { get; init; }
    public string? Alias { get; init; }
    public string? Nationality { get; init; }
    public string? Role { get; init; }
    public long? PersonId { get; init; }
    public int NameStart { get; init; }
    public int NameEnd { get; init; }
}
