using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Infrastructure.CommandLine;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Database.Sqlite;

namespace OpsTracker.Api.Features.Consistency;

/// <summary>
/// <c>OpsTracker.Api check</c>: runs the <see cref="ConsistencyCheck"/> on the configured database (read-only, safe
/// beside a running API) and prints one line per thing compared. Exits 0 when everything agrees, 1 naming what
/// disagrees, 2 for a wrong command line, 3 when the database cannot be read (its error, in one line).
/// </summary>
public static class ConsistencyCommand
{
    private const string Usage = "Usage: check [--Setting:Key=value ...]";

    public static bool IsCheck(string[] args) => CommandLineHost.IsCommand(args, "check");

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Skip(1).Any(arg => !CommandLineHost.IsSetting(arg)))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsTrackerDbContext>();
        if (!db.Database.IsSqlite())
        {
            // The check reads every record: on a large PostgreSQL database one of its queries runs past Npgsql's
            // default of 30 s. (SQLite's command timeout bounds only the wait for a lock, which the API sets.)
            db.Database.SetCommandTimeout(TimeSpan.Zero);
        }

        var connection = db.Database.GetDbConnection();
        if (connection is SqliteConnection sqlite
            && SqliteDialect.NamesFilePath(new SqliteConnectionStringBuilder(sqlite.ConnectionString)) && !File.Exists(sqlite.DataSource))
        {
            var file = sqlite.DataSource;
            // Opening it would make an empty file, which the check would then find unmigrated.
            await Console.Error.WriteLineAsync($"The database could not be checked: there is no database file at {file}.");
            return 3;
        }

        var check = ActivatorUtilities.CreateInstance<ConsistencyCheck>(scope.ServiceProvider);
        IReadOnlyList<ConsistencyFinding> findings;
        try
        {
            if (connection is not SqliteConnection)
            {
                // Opened first, so that a server database that does not exist is named as such, not as one whose
                // migrations were never applied. The connection itself, not EF's open, whose execution strategy
                // would wrap the error in its own. (Not on SQLite: EF's own first open tunes the connection, and a
                // missing file is named above.)
                await connection.OpenAsync(CancellationToken.None);
            }

            findings = await check.RunAsync(CancellationToken.None);
        }
        catch (DbException exception)
        {
            await Console.Error.WriteLineAsync($"The database could not be checked: {exception.Message}");
            return 3;
        }

        foreach (var finding in findings)
        {
            Console.WriteLine(finding);
        }

        var disagreeing = findings.Count(finding => !finding.Agrees);
        if (disagreeing == 0)
        {
            Console.WriteLine($"Consistent: {findings.Count} checks agree with the records.");
            return 0;
        }

        await Console.Error.WriteLineAsync($"{disagreeing} of {findings.Count} checks disagree with the records: "
            + string.Join("; ", findings.Where(finding => !finding.Agrees).Select(finding => finding.What)) + ".");
        return 1;
    }
}
