using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.HostileInput;

/// <summary>
/// A failure of the server itself (here a table gone from under it) is a 500 problem for a client that accepts only
/// HTML too, and it is logged at Error with its exception, once, as before; a test that did not expect it is told what
/// was logged.
/// </summary>
public sealed class ServerFailureAnswerTests : ApiTest
{
    private readonly CapturedLogs _logs;

    public ServerFailureAnswerTests()
        : this(new ApiFactory().CaptureLogs(out var logs), logs)
    {
    }

    private ServerFailureAnswerTests(ApiFactory factory, CapturedLogs logs)
        : base(factory) => _logs = logs;

    [Fact]
    public async Task A_server_failure_is_a_500_problem_for_an_html_client_and_is_logged_at_error()
    {
        await using (var db = Factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Casualties\" RENAME TO \"CasualtiesGone\"");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Paths.Casualties}?qualifier=exact");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");
        using var response = await Client.SendAsync(request);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.NotNull(problem.Body["traceId"]);
        var error = Assert.Single(_logs.AtLeast(LogLevel.Error));
        Assert.NotNull(error.Exception);
    }

    [Fact]
    public async Task A_test_that_gets_an_unexpected_500_is_told_what_the_api_logged()
    {
        await using (var db = Factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Casualties\" RENAME TO \"CasualtiesGone\"");
        }

        using var response = await Client.GetAsync($"{Paths.Casualties}?qualifier=exact");

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => response.AssertStatusAsync(HttpStatusCode.OK));
        Assert.Contains("The API logged:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Casualties", failure.Message, StringComparison.Ordinal);
        Assert.Contains(_logs.AtLeast(LogLevel.Error).Single().Exception!.GetType().FullName!, failure.Message, StringComparison.Ordinal);
    }
}
