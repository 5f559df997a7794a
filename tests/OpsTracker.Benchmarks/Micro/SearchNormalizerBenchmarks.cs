using BenchmarkDotNet.Attributes;
using OpsTracker.Api.RecordEngine.Search;

namespace OpsTracker.Benchmarks.Micro;

/// <summary>
/// Search normalisation (SearchNormalizer), run on every write (a record's search text) and on every <c>q</c>:
/// a record's place fields in Arabic and Latin script, and a short query.
/// </summary>
[MemoryDiagnoser]
public class SearchNormalizerBenchmarks
{
    private readonly string?[] _fields = ["Deir ez-Zor", "الشدادي", "Report on operations against ISIS cells near al-Hol camp (الهوْل)"];

    [Benchmark(Description = "search text of a record (3 fields, Arabic + Latin)")]
    public string Combine() => SearchNormalizer.Combine(_fields);

    [Benchmark(Description = "normalise a q (الهوْل)")]
    public string Query() => SearchNormalizer.Normalize("الهوْل");
}
