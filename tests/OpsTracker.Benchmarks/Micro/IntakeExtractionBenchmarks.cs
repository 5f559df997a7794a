using BenchmarkDotNet.Attributes;
using OpsTracker.Api.Features.Intake.Evaluation;
using OpsTracker.Api.Features.Intake.Extraction;

namespace OpsTracker.Benchmarks.Micro;

/// <summary>
/// Report intake's extraction (ReportExtractor) on reports of about 3,000 characters, made by joining the evaluation
/// set's reports (most of them Arabic) in order until each is that long: one report at a time, and a batch of 100 on
/// every core, which is how a server would take a burst of pasted reports. The target is 500 reports a second on two
/// cores with memory flat (no allocation that outlives a report: gen-0 collections only).
/// </summary>
[MemoryDiagnoser]
public class IntakeExtractionBenchmarks
{
    public const int ReportLength = 3_000;
    public const int Batch = 100;

    private ReportExtractor _extractor = null!;
    private (string Text, DateOnly PublishedOn)[] _reports = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var set = EvaluationSet.Load(EvaluationSet.Locate(null));
        _extractor = new ReportExtractor(set.Gazetteer);
        var reports = new List<(string, DateOnly)>();
        var text = new System.Text.StringBuilder();
        DateOnly? published = null;
        foreach (var report in set.Cases)
        {
            if (text.Length > 0 && text.Length + report.Text.Length > ReportLength * 1.15)
            {
                reports.Add((text.ToString(), published!.Value));
                text.Clear();
                published = null;
            }

            published ??= report.PublishedOn;
            text.AppendLine(report.Text).AppendLine();
        }

        _reports = [.. reports];
    }

    /// <summary>The reports' mean length, for the docs.</summary>
    public double MeanLength => _reports.Average(report => report.Text.Length);

    public IReadOnlyList<(string Text, DateOnly PublishedOn)> Reports => _reports;

    public ReportExtractor Extractor => _extractor;

    [Benchmark(Description = "intake: extract one report of ~3,000 characters")]
    public int ExtractOne()
    {
        var (text, published) = _reports[_next++ % _reports.Length];
        return _extractor.Extract(text, published).Count;
    }

    [Benchmark(Description = "intake: extract 100 reports of ~3,000 characters on every core")]
    public int ExtractBatch()
    {
        var drafts = 0;
        Parallel.For(0, Batch, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (text, published) = _reports[i % _reports.Length];
            Interlocked.Add(ref drafts, _extractor.Extract(text, published).Count);
        });
        return drafts;
    }
}
