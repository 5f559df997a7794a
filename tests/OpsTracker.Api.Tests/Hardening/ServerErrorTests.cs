using System.Net;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Infrastructure.Security;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Hardening;

/// <summary>Outside Development (tests run as "Testing"), a server failure answers a bare 500 problem: no internals.</summary>
public sealed class ServerErrorTests() : ApiTest(new ApiFactory()
    // The failure is forced; its error log would only clutter the test output.
    .WithSetting("Logging:LogLevel:Default", "None")
    .WithSetting("Logging:LogLevel:Microsoft", "None")
    .WithSetting("Logging:LogLevel:Microsoft.AspNetCore", "None")
    .WithSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None"))
{
    private static readonly string[] Internals = ["SQLite", "sqlite", "at OpsTracker", "   at ", ".cs", "/work", "/tmp", "SELECT", "Casualties\"", "Exception"];

    [Fact]
    public async Task A_database_failure_is_a_500_problem_that_reveals_nothing()
    {
        await using (var db = Factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Casualties\" RENAME TO \"CasualtiesGone\"");
        }

        // Filtered by what the rollups do not hold, so the list reads the table (an unfiltered list's count comes from
        // LiveRecordCounts, a list filtered by country from the rollups).
        using var list = await Client.GetAsync($"{Paths.Casualties}?qualifier=exact");
        using var one = await Client.GetAsync(Paths.Of(Paths.Casualties, 1));
        using var create = await Client.PostJsonAsync(Paths.Casualties, Payloads.Casualty(await Client.CreateSourceAsync()));

        foreach (var response in new[] { list, one, create })
        {
            var body = await response.Content.ReadAsStringAsync();
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
            Assert.Equal(ServerErrorProblems.Title, problem.Title);
            Assert.Null(problem.Detail);
            Assert.All(Internals, text => Assert.DoesNotContain(text, body, StringComparison.Ordinal));
            // Only what says what and where to look: the type, title, status and the trace id of the log entry.
            Assert.Subset(new HashSet<string> { "type", "title", "status", "traceId" }, problem.Body.Select(pair => pair.Key).ToHashSet());
            Assert.NotNull(problem.Body["traceId"]);
            SecurityHeadersAssert.Present(response);
        }
    }
}
