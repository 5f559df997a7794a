using System.Text.Json.Serialization;

namespace OpsTracker.Api.Features.Sources;

/// <summary>Admiralty (NATO) source grading: A completely reliable … E unreliable, F reliability cannot be judged.</summary>
public enum SourceReliability
{
    [JsonStringEnumMemberName("A")] A,
    [JsonStringEnumMemberName("B")] B,
    [JsonStringEnumMemberName("C")] C,
    [JsonStringEnumMemberName("D")] D,
    [JsonStringEnumMemberName("E")] E,
    [JsonStringEnumMemberName("F")] F,
}
