using System.Diagnostics;

namespace OpsTracker.Benchmarks.Suite;

/// <summary>
/// The tool an analyst would reach for: <c>sqlite-utils insert --csv</c> of the same CSV file into a plain table (no
/// indexes, no validation, every column text), timed with the same memory sampling as our imports. Issue 21's import
/// target is a ratio to it (at least 1.5× its rate). It comes from Debian's package <c>sqlite-utils</c>; when that
/// cannot be installed the row is left out with a message, since the other measurements do not need it.
/// </summary>
public static class SqliteUtilsCeiling
{
    /// <summary>The run, or null when sqlite-utils is missing and could not be installed.</summary>
    public static async Task<ImportResult?> MeasureAsync(string csvPath, string work)
    {
        if (!await DebianPackages.TryEnsureAsync("sqlite-utils", "sqlite-utils"))
        {
            Console.WriteLine("  sqlite-utils is missing and could not be installed (apt-get install sqlite-utils, as root): its ceiling row is left out.");
            return null;
        }

        var database = Path.Combine(work, "sqlite-utils-import.db");
        foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
        {
            File.Delete(database + suffix);
        }

        var start = new ProcessStartInfo("sqlite-utils") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "insert", database, "casualties", csvPath, "--csv" })
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
            throw new InvalidOperationException($"sqlite-utils insert exited {process.ExitCode}: {output} {await errors}");
        }

        var rows = CountRows(database);
        Console.WriteLine($"  sqlite-utils insert --csv: {seconds:F1} s, {rows} rows, peak {peak / 1_048_576} MB");
        return new ImportResult("sqlite-utils insert --csv (ceiling)", seconds, peak, rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static long CountRows(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM casualties;";
        return (long)count.ExecuteScalar()!;
    }
}
