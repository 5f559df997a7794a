namespace OpsTracker.Api.Features.Imports;

/// <summary>One record as a reader read it: where it is in the file, the request it holds, and what could not be read.</summary>
public sealed class ImportRow<TRequest>(int number, TRequest? request)
    where TRequest : class
{
    /// <summary>1-based line (CSV, NDJSON) or item (JSON array) number, as error keys name it.</summary>
    public int Number { get; } = number;

    /// <summary>The request, or null when the record was not an object at all.</summary>
    public TRequest? Request { get; } = request;

    /// <summary>
    /// The externalIds the record names its references by, one slot per <see cref="ImportSchema{TRequest}.References"/>
    /// entry (null where the record used ids, or nothing). A single reference is a one-item list.
    /// </summary>
    public List<string>?[]? ExternalIds { get; set; }

    /// <summary>Cells or properties that could not be read (field, message); the row is not checked further.</summary>
    public List<(string Field, string Message)>? Errors { get; private set; }

    public void AddError(string field, string message) => (Errors ??= []).Add((field, message));
}
