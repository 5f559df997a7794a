namespace OpsTracker.Api.Infrastructure.Security;

/// <summary>Marks an endpoint whose body carries a document's text (a report to read), held to <c>Limits:DocumentBodyBytes</c>.</summary>
public sealed class DocumentBodyMetadata
{
    public static readonly DocumentBodyMetadata Instance = new();
}
