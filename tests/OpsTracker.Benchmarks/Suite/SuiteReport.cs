using System.Globalization;
using System.Text;

namespace OpsTracker.Benchmarks.Suite;

/// <summary>
/// The suite's one table as markdown, and its place in docs/performance.md: the section between
/// <see cref="Begin"/> and <see cref="End"/> (on PostgreSQL, between <see cref="PostgresBegin"/> and
/// <see cref="PostgresEnd"/>), replaced by each full run so the doc always shows the last one of each.
/// </summary>
public static class SuiteReport
{
    public const string Begin = "<!-- suite:begin -->";
    public const string End = "<!-- suite:end -->";
    public const string PostgresBegin = "<!-- suite-postgres:begin -->";
    public const string PostgresEnd = "<!-- suite-postgres:end -->";

    public static string Markdown(string heading, IEnumerable<SuiteRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(heading);
        text.AppendLine();
        text.AppendLine("| measurement | ours | ceiling | ours / ceiling | target | |");
        text.AppendLine("| --- | --- | --- | ---: | --- | --- |");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Measurement} | {row.Ours} | {row.Ceiling} | {row.Ratio} | {row.Target} | {row.Result} |");
        }

        return text.ToString();
    }

    /// <summary>Replaces the marked section of docs/performance.md (or adds it at the end) with <paramref name="markdown"/>.</summary>
    public static string WriteToDocs(string markdown, bool postgres)
    {
        var path = Path.Combine(ApiProcess.RepositoryRoot(), "docs", "performance.md");
        var doc = File.ReadAllText(path);
        var (beginMarker, endMarker) = postgres ? (PostgresBegin, PostgresEnd) : (Begin, End);
        var section = $"{beginMarker}\n{markdown.TrimEnd()}\n{endMarker}";
        var begin = doc.IndexOf(beginMarker, StringComparison.Ordinal);
        var end = doc.IndexOf(endMarker, StringComparison.Ordinal);
        doc = begin >= 0 && end > begin
            ? doc[..begin] + section + doc[(end + endMarker.Length)..]
            : doc.TrimEnd() + $"\n\n## Suite results{(postgres ? " on PostgreSQL" : "")}\n\n" + section + "\n";
        File.WriteAllText(path, doc);
        return path;
    }
}
