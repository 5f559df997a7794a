using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.Imports;
using OpsTracker.Api.Infrastructure.Json;

namespace OpsTracker.Benchmarks.Micro;

/// <summary>
/// An import's per-row work before the database: CSV records read (CsvRecordReader), cells parsed into a
/// CasualtyRequest (CsvCellParser, through CsvRequestReader) and each request validated (CasualtyRequestValidator),
/// over 1,000 rows of the import benchmark's own file. At 100,000 rows/s an import has 10 µs a row in all.
/// </summary>
[MemoryDiagnoser]
public class CsvImportBenchmarks
{
    public const int Rows = 1_000;

    private readonly CasualtyRequestValidator _validator = new();
    private ImportSchema<CasualtyRequest> _schema = null!;
    private string _csv = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonSetup.Apply(options);
        options.MakeReadOnly(populateMissingResolver: true);
        // References are checked against the database, after this stage: none are declared here.
        _schema = new ImportSchema<CasualtyRequest>("casualties", _ => [], _validator, options);
        using var writer = new StringWriter();
        ImportBenchmark.WriteCasualtiesAsync(writer, Rows).GetAwaiter().GetResult();
        _csv = writer.ToString();
    }

    [Benchmark(Description = "CSV parse, 1,000 casualty rows")]
    public async Task<int> Parse()
    {
        var count = 0;
        await foreach (var row in new CsvRequestReader<CasualtyRequest>(_schema, new StringReader(_csv)).ReadAsync(CancellationToken.None))
        {
            count += row.Errors is null ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "CSV parse + validate, 1,000 casualty rows")]
    public async Task<int> ParseAndValidate()
    {
        var valid = 0;
        await foreach (var row in new CsvRequestReader<CasualtyRequest>(_schema, new StringReader(_csv)).ReadAsync(CancellationToken.None))
        {
            if (row.Errors is null && _validator.Validate(row.Request!).IsValid)
            {
                valid++;
            }
        }

        return valid == Rows ? valid : throw new InvalidOperationException($"Only {valid} of {Rows} rows were valid.");
    }
}
