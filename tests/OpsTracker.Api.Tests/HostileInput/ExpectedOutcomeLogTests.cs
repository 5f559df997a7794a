using System.Net;
using Microsoft.Extensions.Logging;
using OpsTracker.Api.Infrastructure.Database.Sqlite;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.HostileInput;

/// <summary>
/// An expected outcome is not a server error in the log: a duplicate externalId that a concurrent writer stored
/// first, found by the database's unique index, is answered 409 and logged as one Information line, without the
/// exception (EF Core used to log the DbUpdateException at Error).
/// </summary>
public sealed class ExpectedOutcomeLogTests : ApiTest
{
    private const int Writers = 16;

    private readonly CapturedLogs _logs;

    public ExpectedOutcomeLogTests()
        : this(new ApiFactory().WithPooledConnections().CaptureLogs(out var logs), logs)
    {
    }

    private ExpectedOutcomeLogTests(ApiFactory factory, CapturedLogs logs)
        : base(factory) => _logs = logs;

    [Fact]
    public async Task A_duplicate_externalId_lost_to_a_concurrent_writer_is_a_409_logged_as_one_information_line()
    {
        await Client.CreateSourceAsync();
        var startUp = _logs.Entries.Count;
        var conflicts = 0;
        var raced = 0;
        for (var round = 0; round < 20 && raced == 0; round++)
        {
            var payload = Payloads.Source();
            var answers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Client.PostJsonAsync(Paths.Sources, payload)));

            Assert.Single(answers, answer => answer.StatusCode == HttpStatusCode.Created);
            foreach (var answer in answers.Where(answer => answer.StatusCode != HttpStatusCode.Created))
            {
                await ProblemAssert.IsProblemAsync(answer, HttpStatusCode.Conflict);
                conflicts++;
            }

            raced = _logs.Entries.Count(entry => entry.Message.Contains("answered 409", StringComparison.Ordinal));
            Array.ForEach(answers, answer => answer.Dispose());
        }

        // At least one writer passed the externalId check before the winner had saved, and lost at the unique index.
        Assert.True(raced > 0, "No writer lost the race at the database's unique index in 20 rounds.");
        // Less the warning of a prepare SQLite failed once and passed at once (EntityInserter; docs/development.md):
        // seen now and then at any write, it is not this outcome's.
        var logged = _logs.Entries.Skip(startUp)
            .Where(entry => entry.EventId.Name != EntityInserter.PreparedAgainEvent.Name)
            .ToList();
        Assert.DoesNotContain(logged, entry => entry.Level >= LogLevel.Warning);
        var lines = logged.Where(entry => entry.Level >= LogLevel.Information).ToList();
        Assert.True(lines.Count <= conflicts, $"{lines.Count} log lines for {conflicts} conflicts: {string.Join("; ", lines)}");
        Assert.All(lines, line => Assert.Null(line.Exception));
    }
}
