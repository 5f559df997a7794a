using Microsoft.Net.Http.Headers;

namespace OpsTracker.Api.RecordEngine.Endpoints;

/// <summary>
/// A record's strong ETag is its version in quotes ("3"). A version belongs to one record URL and changes on every
/// write, which is all an entity tag must do. Conditional requests: If-Match on PUT and DELETE (strong comparison),
/// If-None-Match on GET (weak comparison), as RFC 9110 §13 has them.
/// </summary>
public static class RecordETags
{
    public static string Format(long version) => $"\"{version}\"";

    public static void Set(HttpResponse response, long version) => response.Headers.ETag = Format(version);

    /// <summary>
    /// The outcome of the request's If-Match against the stored <paramref name="version"/>: no header (write as
    /// asked), a match, a mismatch (412), or a header that is not a list of quoted entity tags (400).
    /// </summary>
    public static Precondition CheckIfMatch(HttpRequest request, long version)
    {
        if (!request.Headers.ContainsKey(HeaderNames.IfMatch))
        {
            return Precondition.Absent;
        }

        if (!EntityTagHeaderValue.TryParseStrictList(request.Headers.IfMatch, out var tags) || tags.Count == 0)
        {
            return Precondition.Malformed;
        }

        var current = new EntityTagHeaderValue(Format(version));
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: true))
            ? Precondition.Met
            : Precondition.Failed;
    }

    /// <summary>True when a GET's If-None-Match names the stored version (or is *): the client's copy is current.</summary>
    public static bool NoneMatchHits(HttpRequest request, long version)
    {
        if (!request.Headers.ContainsKey(HeaderNames.IfNoneMatch)
            || !EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(Format(version));
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
