namespace OpsTracker.Api.Features.Persons;

/// <summary>The records of one kind that name a person (arrests through personIds, forces through none yet).</summary>
public sealed class PersonRecordsOfKind
{
    /// <summary>The kind's route segment under /api/v1: "arrests".</summary>
    public required string Kind { get; init; }

    /// <summary>The fields through which its records name the person: ["personIds"].</summary>
    public required IReadOnlyList<string> Fields { get; init; }

    /// <summary>How many of its live records name the person, all of them, however many <see cref="Records"/> holds.</summary>
    public required int TotalCount { get; init; }

    /// <summary>The first of them by id, at most the request's limit, each as its own GET answers it.</summary>
    public required List<object> Records { get; init; }
}
