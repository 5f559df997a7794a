namespace OpsTracker.Api.Infrastructure.Security;

/// <summary>The <c>Limits</c> configuration section: how large a request body may be.</summary>
public sealed class RequestBodySettings
{
    public const string Section = "Limits";

    /// <summary>
    /// The largest body of a record request (POST, PUT) and of any other endpoint that does not declare its own limit:
    /// default 1 MB, hundreds of times a real record. Imports have their own, <c>Imports:MaxRequestBodyBytes</c>.
    /// </summary>
    public long RecordBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The largest body of an endpoint that takes a document's text (<see cref="DocumentBodyMetadata"/>: a report to
    /// read): default 4 MB, so a text at its 1 MB limit fits even when its JSON escapes every character.
    /// </summary>
    public long DocumentBodyBytes { get; set; } = 4 * 1024 * 1024;
}
