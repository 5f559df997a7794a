using System.Diagnostics;

namespace OpsTracker.Benchmarks.Suite;

/// <summary>
/// The import ceiling: the sqlite3 shell's own <c>.import</c> of the same CSV file into a plain table (no indexes,
/// no validation, every column text; its default journal), timed with the same memory sampling as our imports. It is
/// the rate at which SQLite alone can take the file's rows on this machine.
/// </summary>
public static class SqliteImportCeiling
{
    public static async Task<ImportResult> MeasureAsync(string csvPath, string work)
    {
        var database = Path.Combine(work, "sqlite3-import.db");
        foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
        {
            File.Delete(database + suffix);
        }

        var start = new ProcessStartInfo("sqlite3") { RedirectStandardOutput = true, RedirectStandardError = true };
        // With no table of that name, .import creates one from the header row, every column TEXT.
        foreach (var argument in new[] { "-batch", database, ".mode csv", $".import '{csvPath}' casualties", "SELECT count(*) FROM casualties;" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var (seconds, peak, output) = await ImportBenchmark.MeasureAsync(() => ImportBenchmark.OwnMemory(process.Id), async () =>
        {
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text.Trim();
        });
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"sqlite3 .import exited {process.ExitCode}: {output} {await errors}");
        }

        Console.WriteLine($"  sqlite3 .import: {seconds:F1} s, {output} rows, peak {peak / 1_048_576} MB");
        return new ImportResult("sqlite3 .import (ceiling)", seconds, peak, output);
    }
}
