namespace OpsTracker.Api.Features.Imports;

/// <summary>The import's body is larger than <c>Imports:MaxRequestBodyBytes</c>: a 413.</summary>
public sealed class ImportTooLargeException(long limit)
    : Exception($"The body is larger than this server's import limit of {limit:N0} bytes (Imports:MaxRequestBodyBytes).")
{
    public long Limit { get; } = limit;
}
