using System.Data.Common;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Resources;

/// <summary>
/// A record created in the writer's shared commit (on SQLite through prepared inserts built from the EF model, not
/// through EF's save) is stored exactly as EF's save stores it: for every kind, the same POST on a host that shares
/// commits and on one that does not (each write its own EF save) leaves the same values in every column of the
/// record's row and of its link rows, apart from the times of the write; and the answer is what a GET then reads.
/// </summary>
public sealed class SharedCommitInsertTests() : ApiTest(ReusedApis.Rent(("Database:GroupCommit", "true")))
{
    /// <summary>Set by the write, not by the request.</summary>
    private static readonly HashSet<string> WriteTimes = ["CreatedAt", "UpdatedAt"];

    public static TheoryData<string> Paths => [.. ResourceRegistration.Paths];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_record_created_in_a_shared_commit_is_stored_as_an_EF_save_stores_it(string path)
    {
        var resource = ResourceCatalogue.Get(path);
        var saving = ReusedApis.Rent(("Database:GroupCommit", "false"));
        try
        {
            using var savingClient = saving.CreateClient();

            // Both databases start empty and get the same prerequisites in the same order, so their ids agree and one
            // body fits both.
            var body = await resource.NewPayloadAsync(Client);
            await resource.NewPayloadAsync(savingClient);

            var shared = await CreateAsync(Client, resource, body);
            var saved = await CreateAsync(savingClient, resource, body);

            var kind = Factory.Services.GetRequiredService<RecordKinds>().All.Single(kind => kind.Path == path);
            await using var db = Factory.CreateDbContext();
            var entityType = db.Model.FindEntityType(kind.EntityType)!;
            foreach (var (table, ownerColumn) in TablesOf(entityType))
            {
                var sharedRows = Rows(Factory.Database.Open, table, ownerColumn, shared);
                var savedRows = Rows(saving.Database.Open, table, ownerColumn, saved);
                Assert.True(sharedRows.Count == savedRows.Count,
                    $"{table}: {sharedRows.Count} rows for the record created in a shared commit, {savedRows.Count} for the one EF saved.");
                foreach (var (sharedRow, savedRow) in sharedRows.Zip(savedRows))
                {
                    foreach (var (column, value) in savedRow)
                    {
                        Assert.True(Show(value) == Show(sharedRow[column]),
                            $"{table}.{column}: EF's save stored {Show(value)}, the shared commit's insert {Show(sharedRow[column])}.");
                    }
                }
            }
        }
        finally
        {
            ReusedApis.Return(saving);
        }
    }

    private static async Task<long> CreateAsync(HttpClient client, ResourceCase resource, JsonObject body)
    {
        using var response = await client.PostJsonAsync(resource.Collection, body);
        await response.AssertStatusAsync(HttpStatusCode.Created);
        var created = await response.ReadObjectAsync();
        Assert.True(JsonNode.DeepEquals(created, await client.GetObjectAsync(resource.PathOf(created.Id()))),
            $"The answer to the POST of a {resource.Name} is not what a GET of it reads.");
        return created.Id();
    }

    /// <summary>The record's table (keyed by its id) and the tables of its owned link rows (keyed by their owner's id).</summary>
    private static IEnumerable<(string Table, string OwnerColumn)> TablesOf(IEntityType entityType) =>
        new[] { (entityType.GetTableName()!, entityType.FindPrimaryKey()!.Properties.Single().GetColumnName()) }
            .Concat(entityType.GetNavigations()
                .Where(navigation => navigation.TargetEntityType.IsOwned() && navigation.TargetEntityType.GetTableName() != entityType.GetTableName())
                .Select(navigation => (navigation.TargetEntityType.GetTableName()!, navigation.ForeignKey.Properties.Single().GetColumnName())));

    /// <summary>The rows of <paramref name="table"/> whose <paramref name="ownerColumn"/> is <paramref name="id"/>, in a stable order, without the write's times and the owner's id.</summary>
    private static List<Dictionary<string, object?>> Rows(Func<DbConnection> open, string table, string ownerColumn, long id)
    {
        using var connection = open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"{ownerColumn}\" = {id}";
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var column = reader.GetName(i);
                if (column != ownerColumn && !WriteTimes.Contains(column))
                {
                    row[column] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }
            }

            rows.Add(row);
        }

        return rows.OrderBy(row => string.Join('\u001f', row.Values.Select(Show)), StringComparer.Ordinal).ToList();
    }

    private static string Show(object? value) => value switch
    {
        null => "NULL",
        byte[] bytes => Convert.ToHexString(bytes),
        _ => $"{value} ({value.GetType().Name})",
    };
}
