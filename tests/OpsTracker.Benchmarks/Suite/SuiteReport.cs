using System.Globalization;
using System.Text;

namespace OpsTracker.Benchmarks.Suite;

/// <summary>
/// The suite's one table as markdown, and its place in docs/performance.md: the section between
/// <see cref="Begin"/> and <see cref="End"/>, replaced by each full run so the doc always shows the last one.
/// </summary>
public static class SuiteReport
{
    public const string Begin = "<!-- suite:begin -->";
    public const string End = "<!-- suite:end -->";

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
    public static string WriteToDocs(string markdown)
    {
        var path = Path.Combine(ApiProcess.RepositoryRoot(), "docs", "performance.md");
        var doc = File.ReadAllText(path);
        var section = $"{Begin}\n{markdown.TrimEnd()}\n{End}";
        var begin = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        doc = begin >= 0 && end > begin
            ? doc[..begin] + section + doc[(end + End.Length)..]
            : doc.TrimEnd() + "\n\n## Suite results\n\n" + section + "\n";
        File.WriteAllText(path, doc);
        return path;
    }
}
