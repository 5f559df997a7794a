using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using nietras.SeparatedValues;
using OpsTracker.Api.Features.Imports;

namespace OpsTracker.Benchmarks.Micro;

/// <summary>
/// The import's CSV record reader (<see cref="CsvRecordReader"/>) against Sep (NuGet <c>Sep</c>), on the same 1,000
/// casualty rows of the import benchmark's file, every other one with a quoted note holding Arabic text, a comma,
/// doubled quotes and a line break. Both hand each record on as its fields' strings, as the import's cell parsers take
/// them; Sep's spans without strings are measured too, as the most it could give. The setup checks that both read
/// the same fields, byte for byte.
/// </summary>
[MemoryDiagnoser]
public partial class CsvReaderBenchmarks
{
    public const int Rows = 1_000;

    private string _csv = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var writer = new StringWriter();
        ImportBenchmark.WriteCasualtiesAsync(writer, Rows).GetAwaiter().GetResult();
        _csv = BenchmarkNote().Replace(writer.ToString(), match =>
        {
            var number = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return number % 2 == 0
                ? FormattableString.Invariant($"\"قتلى وجرحى، بحسب البيان \"\"سنتكوم\"\" رقم {number}\nوالسطر الثاني من الملاحظة\"")
                : match.Value;
        });

        var ours = ReadAllAsync().AsTask().GetAwaiter().GetResult();
        var sep = ReadAllWithSep();
        if (ours.Count != Rows + 1 || !ours.SequenceEqual(sep, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"The readers disagree: {ours.Count} and {sep.Count} records.");
        }
    }

    [Benchmark(Baseline = true, Description = "CSV records, CsvRecordReader, 1,000 rows")]
    public async Task<int> HandWritten()
    {
        var reader = new CsvRecordReader(new StringReader(_csv));
        var fields = new List<string>();
        var count = 0;
        while (await reader.ReadAsync(fields, CancellationToken.None))
        {
            count += fields.Count;
        }

        return count;
    }

    [Benchmark(Description = "CSV records, Sep (strings), 1,000 rows")]
    public int SepStrings()
    {
        using var reader = SepReader();
        var fields = new List<string>();
        var count = 0;
        foreach (var row in reader)
        {
            fields.Clear();
            for (var i = 0; i < row.ColCount; i++)
            {
                fields.Add(row[i].ToString());
            }

            count += fields.Count;
        }

        return count;
    }

    [Benchmark(Description = "CSV records, Sep (spans, no strings), 1,000 rows")]
    public int SepSpans()
    {
        using var reader = SepReader();
        var length = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                length += row[i].Span.Length;
            }
        }

        return length;
    }

    // Every record (the header's too) as its fields joined by a character neither reader lets through unread.
    private async ValueTask<List<string>> ReadAllAsync()
    {
        var reader = new CsvRecordReader(new StringReader(_csv));
        var fields = new List<string>();
        var records = new List<string>();
        while (await reader.ReadAsync(fields, CancellationToken.None))
        {
            records.Add(string.Join('\u0001', fields));
        }

        return records;
    }

    private List<string> ReadAllWithSep()
    {
        using var reader = SepReader();
        var records = new List<string>();
        foreach (var row in reader)
        {
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            records.Add(string.Join('\u0001', fields));
        }

        return records;
    }

    // The header is read as a record, as the import reads it; quotes are taken off as RFC 4180 says.
    private SepReader SepReader() =>
        Sep.New(',').Reader(options => options with { HasHeader = false, Unescape = true }).From(new StringReader(_csv));

    [GeneratedRegex("Record ([0-9]+) of the benchmark")]
    private static partial Regex BenchmarkNote();
}
