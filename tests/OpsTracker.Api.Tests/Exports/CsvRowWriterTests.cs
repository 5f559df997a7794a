using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.Infrastructure.Json;
using OpsTracker.Api.RecordEngine.Exports;

namespace OpsTracker.Api.Tests.Exports;

/// <summary>
/// The export writes CSV as UTF-8 through one compiled method per type (<see cref="CsvRowWriter{T}"/>); it must
/// write the very bytes that the export wrote through a text writer before it (kept here as the reference: each
/// column's <see cref="CsvFormat.FormatValue"/> text, quoted field by field), for every awkward value: quotes, commas, line breaks, edge spaces, Arabic, list separators, extreme numbers and dates.
/// </summary>
public sealed class CsvRowWriterTests
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static readonly string[] Texts =
    [
        "", " ", "plain", "a,b", "He said \"more than 22\"", "\"", "\"\"", "line\nbreak", "cr\rlf\r\n", " leading", "trailing ",
        "شفق نيوز: مقتل 5 من عناصر داعش، واعتقال 19", "مخيم الهول", "=HYPERLINK(\"x\")", "emoji 🙂 and é", "semi;colon", @"back\slash",
        "lone \ud800 surrogate",
    ];

    public static TheoryData<int> TextIndexes => new(Enumerable.Range(0, Texts.Length));

    [Theory]
    [MemberData(nameof(TextIndexes))]
    public void Text_fields_are_written_as_the_text_writer_writes_them(int index)
    {
        var text = Texts[index];
        AssertSameBytes(Source(text, text.Length == 0 ? null : text));
        AssertSameBytes(Camp(text, [text, "", text, ";", @"\"]));
        AssertSameBytes(Camp(text, ["", text]));
        AssertSameBytes(Casualty(notes: text, region: text, sourceIds: []));
    }

    [Fact]
    public void Numbers_dates_timestamps_enums_and_nulls_are_written_as_the_text_writer_writes_them()
    {
        double[] numbers = [0, -0.0, 0.1, 1.0 / 3, -36.3733, 1e21, 1e-7, double.MaxValue, double.Epsilon, double.NaN, double.PositiveInfinity];
        DateOnly[] dates = [DateOnly.MinValue, new(999, 1, 2), new(2025, 10, 1), DateOnly.MaxValue];
        DateTime[] timestamps =
        [
            new(2026, 11, 29, 15, 33, 42, DateTimeKind.Utc), new DateTime(2026, 11, 29, 15, 33, 42, DateTimeKind.Utc).AddTicks(7879466),
            DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc), DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc),
            new(2026, 1, 1, 0, 0, 0, DateTimeKind.Local), new(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
        ];
        for (var i = 0; i < 12; i++)
        {
            AssertSameBytes(Casualty(
                id: i == 0 ? long.MaxValue : i,
                best: i == 1 ? int.MinValue : i * 1000,
                low: i % 2 == 0 ? null : -i,
                latitude: i % 3 == 0 ? null : numbers[i % numbers.Length],
                longitude: numbers[(i + 5) % numbers.Length],
                start: dates[i % dates.Length],
                end: i % 2 == 0 ? null : dates[(i + 1) % dates.Length],
                created: timestamps[i % timestamps.Length],
                affiliation: Enum.GetValues<CasualtyAffiliation>()[i % Enum.GetValues<CasualtyAffiliation>().Length],
                qualifier: Enum.GetValues<CountQualifier>()[i % Enum.GetValues<CountQualifier>().Length],
                sourceIds: [.. Enumerable.Range(0, i).Select(n => (long)n * 7 - 3)]));
        }
    }

    [Fact]
    public void The_header_is_the_text_writers_header()
    {
        var columns = CsvFormat.ColumnsOf(typeof(CasualtyResponse), Options);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteHeader(text, columns);

        using var writer = new CsvUtf8Writer();
        CsvRowWriter<CasualtyResponse>.For(Options).WriteHeader(writer);

        Assert.Equal(text.ToString(), Written(writer));
    }

    private static void AssertSameBytes<T>(T row)
        where T : notnull
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteRow(text, CsvFormat.ColumnsOf(typeof(T), Options), row);
        var expected = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());

        using var writer = new CsvUtf8Writer();
        CsvRowWriter<T>.For(Options).WriteRow(writer, row);

        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(Bytes(writer)));
    }

    private static string Written(CsvUtf8Writer writer) => Encoding.UTF8.GetString(Bytes(writer));

    private static byte[] Bytes(CsvUtf8Writer writer)
    {
        var pipe = new Pipe();
        writer.FlushToAsync(pipe.Writer, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        pipe.Writer.Complete();
        var result = pipe.Reader.ReadAsync().AsTask().GetAwaiter().GetResult();
        var bytes = result.Buffer.ToArray();
        pipe.Reader.Complete();
        return bytes;
    }

    private static SourceResponse Source(string title, string? url) => new()
    {
        Id = 1,
        ExternalId = title,
        Title = title,
        Publisher = title,
        Url = url,
        Language = null,
        PublishedOn = null,
        Kind = SourceKind.NewsReport,
        Reliability = SourceReliability.C,
        Author = title,
        ArchiveUrl = url,
        RetrievedOn = null,
        RelaysSourceIds = [2, 3],
        Notes = title,
        CreatedAt = new DateTime(2026, 11, 29, 15, 33, 42, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2026, 11, 29, 15, 33, 42, DateTimeKind.Utc),
    };

    private static CampResponse Camp(string name, List<string> aliases) => new()
    {
        Id = 2,
        ExternalId = null,
        Name = name,
        Aliases = aliases,
        Country = "SY",
        Region = name,
        Latitude = 36.3733,
        Longitude = null,
        Notes = null,
        CreatedAt = new DateTime(2026, 11, 29, 15, 33, 42, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2026, 11, 29, 15, 33, 42, DateTimeKind.Utc),
    };

    private static CasualtyResponse Casualty(
        long id = 3, int best = 5, int? low = null, double? latitude = null, double? longitude = null, DateOnly? start = null, DateOnly? end = null,
        DateTime? created = null, CasualtyAffiliation affiliation = CasualtyAffiliation.Isis, CountQualifier qualifier = CountQualifier.Exact,
        string? notes = null, string? region = null, List<long>? sourceIds = null) => new()
        {
            Id = id,
            ExternalId = "test:casualty",
            OperationId = id % 2 == 0 ? null : id,
            PersonIds = [],
            Affiliation = affiliation,
            Outcome = CasualtyOutcome.Wounded,
            SourceIds = sourceIds ?? [1, 2],
            Count = new CountResponse { Best = best, Low = low, High = null, Qualifier = qualifier },
            StartDate = start ?? new DateOnly(2025, 10, 1),
            EndDate = end,
            DatePrecision = DatePrecision.Day,
            Country = "SY",
            Region = region,
            Locality = region,
            CampId = null,
            Latitude = latitude,
            Longitude = longitude,
            Notes = notes,
            CreatedAt = created ?? new DateTime(2026, 11, 29, 15, 33, 42, DateTimeKind.Utc),
            UpdatedAt = new DateTime(2026, 11, 29, 15, 33, 42, DateTimeKind.Utc),
        };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        JsonSetup.Apply(options);
        return options;
    }

    // The export's writer before CsvRowWriter: a text writer, each column's text read through CsvFormat.ColumnsOf.
    private static void WriteHeader(TextWriter writer, IReadOnlyList<CsvColumn> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteField(writer, columns[i].Header);
        }

        writer.Write("\r\n");
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<CsvColumn> columns, object row)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteField(writer, columns[i].Read(row));
        }

        writer.Write("\r\n");
    }

    /// <summary>One field, quoted when it holds a comma, quote, line break or edge space.</summary>
    private static void WriteField(TextWriter writer, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
        if (!needsQuotes)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
