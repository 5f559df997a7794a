using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Exports;

/// <summary>
/// format=csv or Accept: text/csv answers every matching record, paging ignored: a header of the JSON field names
/// (nested ones dotted), lists joined with ';', values as in JSON, RFC 4180 quoting, UTF-8 without a BOM.
/// </summary>
public sealed class CsvExportTests(CsvExportData data) : IClassFixture<CsvExportData>
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private HttpClient Client => data.Client;

    [Fact]
    public async Task Format_csv_answers_every_matching_record_whatever_the_page_asked_for()
    {
        var json = await Client.ListIdsAsync(Paths.Sources);
        Assert.True(json.Count > 50, "More records than a default page.");

        var (headers, csv) = await GetCsvAsync($"{Paths.Sources}?format=csv&page=3&pageSize=5");

        Assert.Equal(json, csv.Column("id").Select(long.Parse));
        Assert.Equal("utf-8", headers.ContentType?.CharSet);
        Assert.Equal("attachment", headers.ContentDisposition?.DispositionType);
        Assert.Equal("sources.csv", headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Accept_text_csv_answers_the_same_csv()
    {
        var (_, byFormat) = await GetCsvAsync($"{Paths.Casualties}?format=csv");

        using var request = new HttpRequestMessage(HttpMethod.Get, Paths.Casualties);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await Client.SendAsync(request);
        await response.AssertStatusAsync(HttpStatusCode.OK);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var byAccept = CsvTable.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(byFormat.Header, byAccept.Header);
        Assert.Equal(byFormat.Rows, byAccept.Rows);
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task The_header_is_the_json_field_names_with_nested_fields_dotted_and_every_cell_is_the_json_value(string name)
    {
        var collection = ResourceCatalogue.Get(name).Collection;
        var records = await Client.ListAsync(collection);

        var (_, csv) = await GetCsvAsync($"{collection}?format=csv");

        // A field an answer leaves out when null (an operation's outcome, on the types that have none) keeps its
        // column, where that record's cell is empty.
        var answered = Flatten(records[0]).Select(cell => cell.Column).ToList();
        Assert.Equal(answered, csv.Header.Where(answered.Contains));
        Assert.Equal(records.Count, csv.Rows.Count);
        foreach (var (record, row) in records.Select((record, index) => (record, index)))
        {
            var cells = Flatten(record).ToList();
            foreach (var (column, expected) in cells)
            {
                AssertCell(expected, csv.Cell(row, column), $"{collection} record {record.Id()}, {column}");
            }

            foreach (var column in csv.Header.Where(column => cells.All(cell => cell.Column != column)))
            {
                Assert.True(csv.Cell(row, column) == "", $"{collection} record {record.Id()} leaves {column} out of its answer, but its cell is '{csv.Cell(row, column)}'.");
            }
        }
    }

    [Fact]
    public async Task Nested_counts_are_dotted_columns_and_lists_are_joined_with_semicolons()
    {
        var (_, csv) = await GetCsvAsync($"{Paths.Casualties}?format=csv&sort=id");

        Assert.Contains("count.best", csv.Header);
        Assert.DoesNotContain("count", csv.Header);
        Assert.Equal(["30", "25", "40", "approximately"], new[] { "count.best", "count.low", "count.high", "count.qualifier" }.Select(column => csv.Cell(0, column)));
        Assert.Equal($"{data.Ids["commaSource"]};{data.Ids["arabicSource"]}", csv.Cell(0, "sourceIds"));
        Assert.Equal(["isis", "killed", "2025-10-01", "2025-11-06", "day", "36.3733", "41.1442"],
            new[] { "affiliation", "outcome", "startDate", "endDate", "datePrecision", "latitude", "longitude" }.Select(column => csv.Cell(0, column)));
        Assert.Equal(["", "", "month"], new[] { "endDate", "operationId", "datePrecision" }.Select(column => csv.Cell(1, column)));
    }

    [Fact]
    public async Task A_semicolon_or_backslash_inside_a_list_item_is_escaped_with_a_backslash()
    {
        var (_, csv) = await GetCsvAsync($"{Paths.Camps}?format=csv&sort=id");

        Assert.Equal(@"الهول;Al Hol\; al-Hawl;back\\slash", csv.Cell(0, "aliases"));
    }

    [Fact]
    public async Task Commas_quotes_and_line_breaks_are_quoted_by_rfc_4180_and_read_back_unchanged()
    {
        var (_, csv, raw) = await GetCsvTextAsync($"{Paths.Sources}?format=csv&sort=id");

        Assert.Contains($"\"{CsvExportData.CommaTitle}\"", raw);
        Assert.Contains("\"He said \"\"more than 22\"\" operations\"", raw);
        Assert.Contains($"\"{CsvExportData.MultiLineNotes}\"", raw);
        Assert.Contains(",US Central Command (CENTCOM),", raw);
        Assert.Equal(CsvExportData.CommaTitle, Row(csv, "commaSource")[csv.Header.ToList().IndexOf("title")]);
        Assert.Equal(CsvExportData.MultiLineNotes, Row(csv, "commaSource")[csv.Header.ToList().IndexOf("notes")]);
        Assert.Equal(CsvExportData.QuoteTitle, Row(csv, "quoteSource")[csv.Header.ToList().IndexOf("title")]);
    }

    [Fact]
    public async Task Arabic_text_is_kept_byte_for_byte_in_utf_8_without_a_bom()
    {
        using var response = await Client.GetAsync($"{Paths.Sources}?format=csv");
        await response.AssertStatusAsync(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "The CSV starts with a byte order mark.");
        var csv = CsvTable.Parse(StrictUtf8.GetString(bytes));
        var row = Row(csv, "arabicSource");
        Assert.Equal(CsvExportData.ArabicTitle, row[csv.Header.ToList().IndexOf("title")]);
        Assert.Equal("شفق نيوز", row[csv.Header.ToList().IndexOf("publisher")]);
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(CsvExportData.ArabicTitle)) >= 0, "The Arabic title's UTF-8 bytes are not in the answer.");
    }

    [Fact]
    public async Task A_cell_that_looks_like_a_formula_is_written_exactly_as_stored()
    {
        var (_, csv) = await GetCsvAsync($"{Paths.Sources}?format=csv");

        Assert.Equal(CsvExportData.FormulaTitle, Row(csv, "formulaSource")[csv.Header.ToList().IndexOf("title")]);
    }

    [Fact]
    public async Task Filters_search_and_sort_apply_to_the_csv()
    {
        var (_, filtered) = await GetCsvAsync($"{Paths.Casualties}?country=IQ&affiliation=isis&format=csv");
        var (_, searched) = await GetCsvAsync($"{Paths.Casualties}?{ListHttp.Search("الهول")}&format=csv");
        var (_, sorted) = await GetCsvAsync($"{Paths.Casualties}?format=csv&sort=-id");

        Assert.Equal([data.Ids["casualtyIraqIsis"].ToString(CultureInfo.InvariantCulture)], filtered.Column("id"));
        Assert.Equal([data.Ids["casualtySyria"].ToString(CultureInfo.InvariantCulture)], searched.Column("id"));
        Assert.Equal(new[] { "casualtyIraqIsis", "casualtyIraq", "casualtySyria" }.Select(label => data.Ids[label].ToString(CultureInfo.InvariantCulture)), sorted.Column("id"));
    }

    [Fact]
    public async Task No_matching_records_answer_the_header_alone()
    {
        var (_, csv, raw) = await GetCsvTextAsync($"{Paths.Arrests}?format=csv&country=TR");

        Assert.Empty(csv.Rows);
        Assert.StartsWith("id,externalId,", raw);
        Assert.EndsWith("\r\n", raw);
    }

    [Fact]
    public async Task A_bad_filter_answers_a_400_problem_not_csv()
    {
        var problem = await Client.AssertRefusedAsync($"{Paths.Casualties}?format=csv&affiliation=isiss", "affiliation");

        Assert.Single(problem.MessagesFor("affiliation"));
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("excel")]
    [InlineData("")]
    public async Task An_unknown_format_answers_400_naming_format(string format)
    {
        var problem = await Client.AssertRefusedAsync($"{Paths.Casualties}?format={format}", "format");

        Assert.Equal([$"'{format}' is not one of the allowed values: json, csv, geojson."], problem.MessagesFor("format"));
    }

    /// <summary>The CSV cells a JSON record becomes: nested objects dotted, lists joined with ';' (';' and '\' escaped), null empty.</summary>
    private static IEnumerable<(string Column, JsonNode? Value)> Flatten(JsonObject record, string prefix = "")
    {
        foreach (var (field, value) in record)
        {
            if (value is JsonObject nested)
            {
                foreach (var cell in Flatten(nested, $"{prefix}{field}."))
                {
                    yield return cell;
                }
            }
            else
            {
                yield return ($"{prefix}{field}", value);
            }
        }
    }

    private static void AssertCell(JsonNode? expected, string actual, string where)
    {
        var text = Cell(expected);
        // Timestamps are the same instant; JSON may drop trailing zeros of the fraction that CSV writes.
        if (where.EndsWith("At", StringComparison.Ordinal))
        {
            Assert.EndsWith("Z", actual, StringComparison.Ordinal);
            Assert.True(
                DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) == DateTime.Parse(actual, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                $"{where}: JSON {text}, CSV {actual}");
            return;
        }

        Assert.True(text == actual, $"{where}: JSON {text}, CSV {actual}");
    }

    private static readonly System.Text.Json.JsonSerializerOptions CellJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Cell(JsonNode? value) => value switch
    {
        null => "",
        // A list of objects (citations) is its JSON array, its text unescaped.
        JsonArray items when items.Any(item => item is JsonObject) => items.ToJsonString(CellJson),
        JsonArray items => string.Join(';', items.Select(item => Cell(item).Replace(@"\", @"\\", StringComparison.Ordinal).Replace(";", @"\;", StringComparison.Ordinal))),
        JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
        _ => value.ToJsonString(),
    };

    private IReadOnlyList<string> Row(CsvTable csv, string label) =>
        csv.Rows.Single(row => row[csv.Header.ToList().IndexOf("id")] == data.Ids[label].ToString(CultureInfo.InvariantCulture));

    private async Task<(HttpContentHeaders Headers, CsvTable Csv)> GetCsvAsync(string pathAndQuery)
    {
        var (headers, csv, _) = await GetCsvTextAsync(pathAndQuery);
        return (headers, csv);
    }

    /// <summary>GETs a CSV answer, failing unless it is 200 text/csv in valid UTF-8 and parses by RFC 4180.</summary>
    private async Task<(HttpContentHeaders Headers, CsvTable Csv, string Raw)> GetCsvTextAsync(string pathAndQuery)
    {
        using var response = await Client.GetAsync(pathAndQuery);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var raw = StrictUtf8.GetString(await response.Content.ReadAsByteArrayAsync());
        return (response.Content.Headers, CsvTable.Parse(raw), raw);
    }
}
