namespace OpsTracker.Api.Infrastructure.Validation;

/// <summary>Turns the member paths that FluentValidation and System.Text.Json report into the API's camelCase field paths.</summary>
public static class FieldPath
{
    /// <summary>"Count.Best" becomes "count.best", "SourceIds[0]" becomes "sourceIds[0]".</summary>
    public static string FromMemberPath(string memberPath) =>
        string.Join('.', memberPath.Split('.').Select(CamelCase));

    /// <summary>"$.count.best" becomes "count.best", "$['sourceIds'][0]" becomes "sourceIds[0]"; "$" becomes "".</summary>
    public static string FromJsonPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "";
        }

        var path = jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
        path = path.Replace("['", ".", StringComparison.Ordinal).Replace("']", "", StringComparison.Ordinal).TrimStart('.');
        return path;
    }

    public static string Join(string parent, string child) =>
        parent.Length == 0 ? child : child.Length == 0 ? parent : $"{parent}.{child}";

    private static string CamelCase(string segment) =>
        segment.Length == 0 || char.IsLower(segment[0]) ? segment : char.ToLowerInvariant(segment[0]) + segment[1..];
}
