using Microsoft.Data.Sqlite;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Database;

/// <summary>The backup command copies the live database with SQLite's online backup API, while the API runs.</summary>
[SqliteOnly("The backup command copies a SQLite file with its online backup API; PostgreSQL is backed up with pg_dump (docs/deployment.md).")]
public sealed class BackupCommandTests : ApiTest
{
    private readonly string _directory = Directory.CreateTempSubdirectory("opstracker-backup-").FullName;

    [Fact]
    public async Task A_backup_taken_while_the_api_runs_holds_every_committed_record_and_reads_as_a_database()
    {
        var sourceId = await Client.CreateSourceAsync();
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId));
        var target = Path.Combine(_directory, "backup.db");

        var (exit, output, errors) = await ApiCommand.RunAsync(_directory, Factory.Database.ConnectionString(), "backup", target);

        Assert.True(exit == 0, errors);
        Assert.Contains("\"bytes\":", output, StringComparison.Ordinal);
        Assert.Equal(1L, Count(target, "Casualties"));
        Assert.Equal(2L, Count(target, "AuditEntries"));
        Assert.Empty(Directory.GetFiles(_directory, "*.partial"));

        // The API goes on working on the live database.
        await Client.CreateSourceAsync();
        Assert.Equal(1L, Count(target, "Sources"));
    }

    [Fact]
    public async Task An_existing_file_is_kept_unless_overwrite_is_given()
    {
        var target = Path.Combine(_directory, "backup.db");
        await File.WriteAllTextAsync(target, "not a backup");

        var (refused, _, refusal) = await ApiCommand.RunAsync(_directory, Factory.Database.ConnectionString(), "backup", target);
        Assert.Equal(1, refused);
        Assert.Contains("--overwrite", refusal, StringComparison.Ordinal);
        Assert.Equal("not a backup", await File.ReadAllTextAsync(target));

        var (done, _, errors) = await ApiCommand.RunAsync(_directory, Factory.Database.ConnectionString(), "backup", target, "--overwrite");
        Assert.True(done == 0, errors);
        Assert.Equal(0L, Count(target, "Sources"));
    }

    [Theory]
    [InlineData]
    [InlineData("a.db", "b.db")]
    [InlineData("--verbose")]
    public async Task A_wrong_command_line_exits_2_with_the_usage(params string[] args)
    {
        var (exit, _, errors) = await ApiCommand.RunAsync(_directory, Factory.Database.ConnectionString(), ["backup", .. args]);

        Assert.Equal(2, exit);
        Assert.Contains("Usage: backup", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_database_is_an_error_not_an_empty_backup()
    {
        var target = Path.Combine(_directory, "backup.db");

        var (exit, _, errors) = await ApiCommand.RunAsync(_directory, $"Data Source={Path.Combine(_directory, "missing.db")}", "backup", target);

        Assert.Equal(1, exit);
        Assert.Contains("no database", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Directory.Delete(_directory, recursive: true);
    }

    private static long Count(string databasePath, string table)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }
}
