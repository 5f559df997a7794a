using System.Text;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Intake;

/// <summary>
/// <c>intake FILE</c>, run as a person runs it against the API's database: it stores the text with a new source and
/// prints the report as the endpoint answers it; <c>--dry-run</c> prints the drafts and stores nothing.
/// </summary>
public sealed class IntakeCommandTests() : ApiTest(new ApiFactory().WithSampleData())
{
    private const string Text = """
        أعلنت قوات سوريا الديمقراطية (قسد)، اليوم السبت، اعتقال 12 شخصاً يشتبه بانتمائهم لتنظيم داعش خلال حملة أمنية في مخيم الهول.
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("opstracker-intake-").FullName;

    [Fact]
    public async Task A_report_file_is_stored_with_its_new_source_and_printed_with_its_drafts()
    {
        var file = await WriteAsync("report.txt", Encoding.UTF8.GetBytes(Text));
        var reports = await Client.CountAsync("/api/v1/reports");

        var (exit, output, errors) = await IntakeAsync(file, "--source-title", "قسد تعتقل 12 مشتبهاً", "--publisher", "Shafaq News",
            "--language", "ar", "--published-on", "2025-11-08");

        Assert.True(exit == 0, $"intake exited {exit}: {output}{errors}");
        var report = JsonNode.Parse(output)!.AsObject();
        var draft = Assert.Single(report["drafts"]!.AsArray())!;
        Assert.Equal(("arrests", 12), (draft["kind"]!.GetValue<string>(), draft["record"]!["count"]!["best"]!.GetValue<int>()));
        Assert.Equal("2025-11-08", draft["record"]!["startDate"]!.GetValue<string>());
        Assert.Equal(reports + 1, await Client.CountAsync("/api/v1/reports"));
        var sourceId = report["sourceId"]!.GetValue<long>();
        Assert.Equal(Text, (await Client.GetObjectAsync($"/api/v1/sources/{sourceId}/text"))["text"]!.GetValue<string>());
        Assert.Equal("Shafaq News", (await Client.GetObjectAsync($"{Paths.Sources}/{sourceId}"))["publisher"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dry_run_prints_the_drafts_and_stores_nothing()
    {
        var file = await WriteAsync("report.txt", Encoding.UTF8.GetBytes(Text));
        var (reports, sources) = (await Client.CountAsync("/api/v1/reports"), await Client.CountAsync(Paths.Sources));

        var (exit, output, errors) = await IntakeAsync(file, "--source-title", "t", "--publisher", "p", "--published-on", "2025-11-08", "--dry-run");

        Assert.True(exit == 0, $"intake exited {exit}: {output}{errors}");
        var draft = Assert.Single(JsonNode.Parse(output)!["drafts"]!.AsArray())!;
        Assert.Equal(12, draft["record"]!["count"]!["best"]!.GetValue<int>());
        Assert.Equal((reports, sources), (await Client.CountAsync("/api/v1/reports"), await Client.CountAsync(Paths.Sources)));
    }

    [Fact]
    public async Task The_drafts_are_printed_in_utf8_under_a_locale_that_is_not()
    {
        var file = await WriteAsync("report.txt", Encoding.UTF8.GetBytes(Text));
        var latin1 = new Dictionary<string, string> { ["LANG"] = "en_US.ISO-8859-1", ["LC_ALL"] = "en_US.ISO-8859-1" };

        var (exit, output, errors) = await ApiCommand.RunAsync(_directory, Factory.Database.ConnectionString(), latin1,
            "intake", file, "--source-title", "t", "--publisher", "p", "--published-on", "2025-11-08", "--dry-run");

        Assert.True(exit == 0, $"intake exited {exit}: {output}{errors}");
        var draft = Assert.Single(JsonNode.Parse(output)!["drafts"]!.AsArray())!;
        var quote = draft["quotes"]![0]!["text"]!.GetValue<string>();

        // The quote is the report's own words, byte for byte, not '?' for each Arabic letter.
        Assert.Contains("اعتقال 12", quote, StringComparison.Ordinal);
        Assert.Contains(quote, Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_or_a_source_without_a_title_is_refused_and_stores_nothing()
    {
        var latin1 = await WriteAsync("latin1.txt", [0x31, 0x32, 0x20, 0xE9, 0x74, 0xE9]);
        var good = await WriteAsync("report.txt", Encoding.UTF8.GetBytes(Text));
        var sources = await Client.CountAsync(Paths.Sources);

        var (notUtf8, _, notUtf8Errors) = await IntakeAsync(latin1, "--source-title", "t", "--publisher", "p");
        var (untitled, _, untitledErrors) = await IntakeAsync(good, "--publisher", "p");
        var (missing, _, _) = await IntakeAsync(Path.Combine(_directory, "none.txt"), "--source-title", "t", "--publisher", "p");
        var (badDate, _, _) = await IntakeAsync(good, "--source-title", "t", "--publisher", "p", "--published-on", "13/11/2025");

        Assert.Equal(1, notUtf8);
        Assert.Contains("not UTF-8", notUtf8Errors, StringComparison.Ordinal);
        Assert.Equal(1, untitled);
        Assert.Contains("source.title", untitledErrors, StringComparison.Ordinal);
        Assert.Equal((2, 2), (missing, badDate));
        Assert.Equal(sources, await Client.CountAsync(Paths.Sources));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<string> WriteAsync(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    private Task<(int ExitCode, string Output, string Errors)> IntakeAsync(string file, params string[] options) =>
        ApiCommand.RunAsync(_directory, Factory.Database.ConnectionString(), ["intake", file, .. options]);
}
