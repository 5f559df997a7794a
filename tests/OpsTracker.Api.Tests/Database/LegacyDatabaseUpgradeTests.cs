using System.Data.Common;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// A database made by the migrations as they were before the record engine's schema helpers (dumped, with the sample
/// data and a few writes, by <c>Legacy/make-dumps.sh</c>) upgrades to today's schema when the API starts on it, with
/// its records, its live counts, its running totals and its search as they were, and its machinery still at work.
/// </summary>
public sealed class LegacyDatabaseUpgradeTests : IDisposable
{
    private readonly LegacyDatabase _database = LegacyDatabase.Load();
    private readonly ApiFactory _factory;
    private readonly HttpClient _client;

    public LegacyDatabaseUpgradeTests()
    {
        _factory = new ApiFactory(_database);
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task Every_migration_is_applied_at_start_up()
    {
        await using var db = _factory.CreateDbContext();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task The_records_read_as_before_and_the_deleted_one_stays_deleted()
    {
        Assert.Equal(3, await TotalAsync(Paths.Sources));
        Assert.Equal(6, await TotalAsync(Paths.Forces));
        Assert.Equal(2, await TotalAsync(Paths.Casualties));
        Assert.Equal(2, await TotalAsync(Paths.Arrests));

        var wounded = await _client.GetObjectAsync(Paths.Of(Paths.Casualties, 3));
        Assert.Equal("Wounded near Sinjar سنجار", wounded["notes"]!.GetValue<string>());
        Assert.Equal([2L], wounded["sourceIds"]!.AsArray().Select(id => id!.GetValue<long>()));
        using var deleted = await _client.GetAsync(Paths.Of(Paths.Casualties, 2));
        await deleted.AssertStatusAsync(HttpStatusCode.NotFound);

        var arrest = await _client.GetObjectAsync(Paths.Of(Paths.Arrests, 1));
        Assert.Equal("atLeast", arrest["count"]!["qualifier"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_record_kinds_live_count_agrees_with_its_records()
    {
        foreach (var kind in _factory.Services.GetRequiredService<RecordKinds>().All)
        {
            Assert.Equal(_database.Count(kind.Table, OpsTrackerDbContext.NotDeleted), await TotalAsync($"{JsonHttp.BasePath}/{kind.Path}"));
        }
    }

    [Fact]
    public async Task Search_finds_the_stored_text_and_not_the_deleted_record()
    {
        Assert.Equal([3L], await _client.ListIdsAsync(Paths.Casualties, ListHttp.Search("sinjar")));
        Assert.Equal([3L], await _client.ListIdsAsync(Paths.Casualties, ListHttp.Search("سنجار")));
        Assert.Empty(await _client.ListIdsAsync(Paths.Casualties, ListHttp.Search("tal afar")));
        Assert.Equal([6L], await _client.ListIdsAsync(Paths.Forces, ListHttp.Search("داعش")));
    }

    [Fact]
    public async Task The_running_totals_are_those_of_the_stored_records()
    {
        var summary = await _client.GetObjectAsync("/api/v1/stats/summary");

        Assert.Equal(new Totals(22, 23, null, 1), Totals.Read(summary["operations"]));
        Assert.Equal(new Totals(5, 5, 5, 1), Totals.Read(summary["killed"]));
        Assert.Equal(new Totals(12, 10, 15, 1), Totals.Read(summary["wounded"]));
        Assert.Equal(new Totals(22, 22, null, 2), Totals.Read(summary["arrested"]));
    }

    [Fact]
    public async Task The_machinery_keeps_counts_totals_and_search_in_step_after_the_upgrade()
    {
        var id = await _client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(1).With(
            ("outcome", "wounded"), ("count", Payloads.Count(4)), ("notes", "Wounded near Hajin")));

        Assert.Equal(3, await TotalAsync(Paths.Casualties));
        Assert.Equal([id], await _client.ListIdsAsync(Paths.Casualties, ListHttp.Search("hajin")));
        var summary = await _client.GetObjectAsync("/api/v1/stats/summary");
        Assert.Equal(new Totals(16, 14, 19, 2), Totals.Read(summary["wounded"]));

        using (var delete = await _client.DeleteAsync(Paths.Of(Paths.Casualties, id)))
        {
            await delete.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        Assert.Equal(2, await TotalAsync(Paths.Casualties));
        Assert.Empty(await _client.ListIdsAsync(Paths.Casualties, ListHttp.Search("hajin")));
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _database.Dispose();
    }

    private async Task<long> TotalAsync(string collection) =>
        (await _client.GetObjectAsync(collection))["totalCount"]!.GetValue<long>();

    /// <summary>An empty database of this run's provider with the dump of the old migrations' database loaded into it.</summary>
    private sealed class LegacyDatabase : TestDatabase
    {
        private readonly string _connectionString;
        private readonly Action _drop;

        private LegacyDatabase(string connectionString, Action drop)
        {
            _connectionString = connectionString;
            _drop = drop;
        }

        public static LegacyDatabase Load()
        {
            var dump = File.ReadAllText(Path.Combine(Here(), "Legacy", $"before-record-engine.{(IsPostgres ? "postgres" : "sqlite")}.sql"));
            if (IsPostgres)
            {
                var name = $"opstracker_legacy_{Guid.NewGuid():N}";
                Execute(PostgresTestDatabase.Server, $"CREATE DATABASE \"{name}\";");
                var connectionString = new NpgsqlConnectionStringBuilder(PostgresTestDatabase.Server) { Database = name, Pooling = false }.ToString();
                Execute(connectionString, dump);
                return new LegacyDatabase(connectionString, () => Execute(PostgresTestDatabase.Server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE);"));
            }

            var file = Path.Combine(Path.GetTempPath(), $"opstracker-legacy-{Guid.NewGuid():N}.db");
            var sqlite = $"Data Source={file};Pooling=False";
            using (var connection = new SqliteConnection(sqlite))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = dump;
                command.ExecuteNonQuery();
            }

            return new LegacyDatabase(sqlite, () =>
            {
                foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
                {
                    File.Delete(file + suffix);
                }
            });
        }

        public override string ConnectionString(bool pooled = false) => _connectionString;

        /// <summary>A legacy database serves one test's own host and is never handed to the next test.</summary>
        public override void Reset() => throw new NotSupportedException("A legacy database is loaded for one test and is not reused.");

        public override DbConnection Open()
        {
            DbConnection connection = IsPostgres ? new NpgsqlConnection(_connectionString) : new SqliteConnection(_connectionString);
            connection.Open();
            return connection;
        }

        protected override void Dispose(bool disposing) => _drop();

        private static void Execute(string connectionString, string sql)
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
    }
}
