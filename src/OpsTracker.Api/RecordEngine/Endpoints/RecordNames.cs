namespace OpsTracker.Api.RecordEngine.Endpoints;

/// <summary>How the record endpoints name a kind in operation ids and summaries.</summary>
public static class RecordNames
{
    /// <summary>The kind's singular in PascalCase, from its request type: CasualtyRequest gives "Casualty".</summary>
    public static string Singular<TRequest>() =>
        typeof(TRequest).Name.EndsWith("Request", StringComparison.Ordinal) ? typeof(TRequest).Name[..^"Request".Length] : typeof(TRequest).Name;

    /// <summary>"a casualty record", "an arrest record", "an operation".</summary>
    public static string WithArticle(string noun) => "aeiou".Contains(char.ToLowerInvariant(noun[0])) ? $"an {noun}" : $"a {noun}";
}
