using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Periods;

/// <summary>
/// Dates as reports give them: a period known only by its last day ("on or before 8 November": endDate alone, open at
/// its start, placed on its end date by filters, sorts and series) and a season ("as of mid-summer 2025").
/// </summary>
public sealed class OpenPeriodTests : ApiTest
{
    [Theory]
    [MemberData(nameof(ResourceCatalogue.PeriodNames), MemberType = typeof(ResourceCatalogue))]
    public async Task An_end_date_alone_is_a_period_open_at_its_start_kept_through_reads_and_patches(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = (await resource.NewPayloadAsync(Client)).Without("externalId", "startDate").With(("endDate", "2025-11-08"));

        var created = await Client.CreateAsync(resource.Collection, payload);
        var path = $"{resource.Collection}/{created.Id()}";
        var read = await Client.GetObjectAsync(path);
        var patched = await Client.PatchObjectAsync(path, new JsonObject { ["notes"] = "Dated by the statement that reported it." });
        var closed = await Client.PatchObjectAsync(path, new JsonObject { ["startDate"] = "2025-11-01" });
        var reopened = await Client.PatchObjectAsync(path, new JsonObject { ["startDate"] = null });

        foreach (var open in new[] { created, read, patched, reopened })
        {
            Assert.True(open.ContainsKey("startDate"), open.ToJsonString());
            Assert.Null(open["startDate"]);
            Assert.Equal("2025-11-08", open["endDate"]!.GetValue<string>());
        }

        Assert.Equal("2025-11-01", closed["startDate"]!.GetValue<string>());
        Assert.Equal("2025-11-08", closed["endDate"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.PeriodNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_period_needs_one_of_its_days_and_nothing_is_written_without(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);

        using var neither = await Client.PostJsonAsync(resource.Collection, payload.Without("startDate", "endDate"));
        using var nulls = await Client.PostJsonAsync(resource.Collection, payload.With(("startDate", null), ("endDate", null)));
        var problem = await ProblemAssert.IsValidationProblemAsync(neither, "startDate");
        await ProblemAssert.IsValidationProblemAsync(nulls, "startDate");

        Assert.Equal(
            ["startDate is required unless endDate is given (YYYY-MM-DD); give endDate alone for a period open at its start (\"on or before\")."],
            problem.MessagesFor("startDate"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.PeriodNames), MemberType = typeof(ResourceCatalogue))]
    public async Task An_open_period_sorts_and_filters_on_its_end_date(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = (await resource.NewPayloadAsync(Client)).Without("externalId", "endDate");
        var before = await Client.CreateIdAsync(resource.Collection, payload.With(("startDate", "2025-11-01")));
        var open = await Client.CreateIdAsync(resource.Collection, payload.Without("startDate").With(("endDate", "2025-11-08")));
        var after = await Client.CreateIdAsync(resource.Collection, payload.With(("startDate", "2025-11-10")));

        Assert.Equal([before, open, after], await Client.ListIdsAsync(resource.Collection, "sort=startDate"));
        Assert.Equal([after, open, before], await Client.ListIdsAsync(resource.Collection, "sort=-startDate"));
        Assert.Equal([open, after], await Client.ListIdsAsync(resource.Collection, "from=2025-11-05"));
        Assert.Equal([before], await Client.ListIdsAsync(resource.Collection, "to=2025-11-05"));
        Assert.Equal([open], await Client.ListIdsAsync(resource.Collection, "from=2025-11-08&to=2025-11-08"));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.PeriodNames), MemberType = typeof(ResourceCatalogue))]
    public async Task An_open_period_leaves_its_start_cell_empty_in_the_csv_and_loads_back_open(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = (await resource.NewPayloadAsync(Client)).Without("startDate").With(("endDate", "2025-11-08"));
        await Client.CreateAsync(resource.Collection, payload);

        var csv = await Client.ExportCsvAsync(name);
        var table = CsvTable.Parse(csv);
        var reloaded = await Client.ImportOkAsync(name, csv, ImportHttp.Csv, "mode=upsert");

        Assert.Equal("", table.Cell(0, "startDate"));
        Assert.Equal("2025-11-08", table.Cell(0, "endDate"));
        ImportHttp.AssertReport(reloaded, 0, unchanged: 1);
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.PeriodNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_csv_without_a_start_date_column_imports_open_periods(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        await Client.CreateAsync(resource.Collection, (await resource.NewPayloadAsync(Client)).With(("externalId", "csv:first"), ("endDate", null)));
        var table = CsvTable.Parse(await Client.ExportCsvAsync(name));

        // The exported row again under another externalId, with no startDate column at all.
        var columns = table.Header.Select((column, index) => (column, index)).Where(c => c.column != "startDate").ToList();
        var row = table.Rows[0];
        string Cell((string Column, int Index) c) => c.Column == "externalId" ? "csv:open" : c.Column == "endDate" ? "2025-11-08" : row[c.Index];
        var csv = string.Join(',', columns.Select(c => Quoted(c.column))) + "\r\n" + string.Join(',', columns.Select(c => Quoted(Cell(c)))) + "\r\n";

        var report = await Client.ImportOkAsync(name, csv, ImportHttp.Csv);
        var imported = (await Client.ListAsync(resource.Collection)).Single(record => record["externalId"]!.GetValue<string>() == "csv:open");

        ImportHttp.AssertReport(report, 1);
        Assert.Null(imported["startDate"]);
        Assert.Equal("2025-11-08", imported["endDate"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.PeriodNames), MemberType = typeof(ResourceCatalogue))]
    [MemberData(nameof(ResourceCatalogue.DatedFigureNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Season_is_a_precision_of_every_dated_kind(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = (await resource.NewPayloadAsync(Client)).Without("externalId").With(("datePrecision", "season"));

        var created = await Client.CreateAsync(resource.Collection, payload);

        Assert.Equal("season", created["datePrecision"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_season_figure_conflicts_with_a_disagreeing_figure_inside_its_season_and_with_none_outside()
    {
        var sourceId = await Client.CreateSourceAsync();
        var campId = await Client.CreateCampAsync();

        async Task<long> Figure(string asOf, string precision, int best) =>
            await Client.CreateIdAsync(Paths.CampPopulations, Payloads.CampPopulation(sourceId, [campId]).With(
                ("asOf", asOf), ("datePrecision", precision), ("count", Payloads.Count(best))));

        // Mid-summer 2025 at season precision stands for June to August.
        var midSummer = await Figure("2025-06-01", "season", 31000);
        var august = await Figure("2025-08-31", "day", 28000);
        var september = await Figure("2025-09-01", "day", 27000);
        var february = await Figure("2025-02-28", "season", 40000);
        var december = await Figure("2024-12-01", "day", 41000);

        var figures = FigureSeriesAnswer.FiguresById(await Client.GetSeriesAsync(Paths.StatsCampPopulations));

        FigureSeriesAnswer.AssertConflicts(figures[midSummer], [august]);
        FigureSeriesAnswer.AssertConflicts(figures[august], [midSummer]);
        FigureSeriesAnswer.AssertConflicts(figures[september], []);

        // Winter runs from December into the next year.
        FigureSeriesAnswer.AssertConflicts(figures[february], [december]);
    }

    private static string Quoted(string field) => field.AsSpan().IndexOfAny(",\"\r\n") < 0
        ? field
        : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
