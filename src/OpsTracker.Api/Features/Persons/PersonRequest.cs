using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Persons;

/// <summary>
/// A person the reports name: بهاء مسيري, known as أبو عبد الرحمن, Iraqi (IQ), cited by the report that names him.
/// </summary>
public sealed class PersonRequest : CitingRecordRequest
{
    /// <summary>The name as the report writes it, in its script (required): "بهاء مسيري".</summary>
    public string? Name { get; init; }

    /// <summary>Other names: transliterations ("Bahaa Musairi"), kunyas ("أبو عبد الرحمن").</summary>
    public List<string>? Aliases { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code: IQ.</summary>
    public string? Nationality { get; init; }

    /// <summary>The ranks and posts sources give the person, each a claim with its own citations.</summary>
    public List<PersonRoleRequest>? Roles { get; init; }
}
