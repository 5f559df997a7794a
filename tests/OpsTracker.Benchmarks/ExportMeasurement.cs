using System.Diagnostics;

namespace OpsTracker.Benchmarks;

/// <summary>
/// The CSV export of every casualty record, read as a stream, with the API's own memory sampled every 20 ms meanwhile:
/// the rows, the seconds, and the memory before and at the peak.
/// </summary>
public static class ExportMeasurement
{
    public static async Task<(long Rows, double Seconds, long Before, long Peak)> MeasureAsync(HttpClient client, ApiProcess api)
    {
        var before = api.OwnMemoryBytes();
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, api.OwnMemoryBytes());
                await Task.Delay(20);
            }
        });
        var clock = Stopwatch.StartNew();

        // The header line is not a row.
        long rows = -1;
        using (var response = await client.GetAsync("api/v1/casualties?format=csv", HttpCompletionOption.ResponseHeadersRead))
        {
            response.EnsureSuccessStatusCode();
            await using var stream = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                rows += buffer.AsSpan(0, read).Count((byte)'\n');
            }
        }

        clock.Stop();
        await sampling.CancelAsync();
        await sampler;
        return (rows, clock.Elapsed.TotalSeconds, before, peak);
    }
}
