using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Infrastructure.CommandLine;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>
/// <c>OpsTracker.Api backup FILE</c>: a consistent copy of the configured database, taken with its dialect's online
/// backup (<see cref="IDatabaseDialect.Backup"/>: SQLite's) while the API may be running and writing. The copy is written to a temporary file
/// next to FILE and renamed when complete, so FILE is never half a backup. Exits 0 with a JSON line on stdout, 1 when
/// the backup fails, 2 for a wrong command line.
/// </summary>
public static class BackupCommand
{
    private const string Usage = "Usage: backup <file> [--overwrite] [--Setting:Key=value ...]";

    public static bool IsBackup(string[] args) => CommandLineHost.IsCommand(args, "backup");

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var words = args.Skip(1).Where(arg => !CommandLineHost.IsSetting(arg)).ToList();
        var overwrite = words.Remove("--overwrite");
        if (words is not [var target] || target.StartsWith('-'))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        target = Path.GetFullPath(target);
        if (File.Exists(target) && !overwrite)
        {
            await Console.Error.WriteLineAsync($"{target} exists; choose a new file or add --overwrite.");
            return 1;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsTrackerDbContext>();
        if (db.Dialect.Backup is not { } backup)
        {
            await Console.Error.WriteLineAsync("backup copies a SQLite database; back up a server database with its own tools (pg_dump).");
            return 1;
        }

        var connectionString = db.Database.GetConnectionString()!;
        var source = backup.DataFile(connectionString);
        if (!File.Exists(source))
        {
            await Console.Error.WriteLineAsync($"There is no database at {source} to back up.");
            return 1;
        }

        var watch = Stopwatch.StartNew();
        var temporary = $"{target}.{Guid.NewGuid():N}.partial";
        try
        {
            await backup.CopyAsync(connectionString, temporary, CancellationToken.None);
            File.Move(temporary, target, overwrite);
        }
        catch (Exception exception) when (exception is DatabaseBackupException or IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            await Console.Error.WriteLineAsync($"The backup failed: {exception.Message}");
            return 1;
        }

        Console.WriteLine(JsonSerializer.Serialize(new
        {
            file = target,
            bytes = new FileInfo(target).Length,
            seconds = Math.Round(watch.Elapsed.TotalSeconds, 3),
        }));
        return 0;
    }
}
