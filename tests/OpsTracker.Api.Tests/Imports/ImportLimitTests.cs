using System.Net;
using System.Text;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Imports;

public sealed class ImportLimitTests() : ApiTest(new ApiFactory().WithSetting("Imports:MaxRequestBodyBytes", "1000"))
{
    [Fact]
    public async Task A_body_over_the_configured_limit_is_a_413_and_writes_nothing()
    {
        var csv = new StringBuilder("externalId,title,publisher\n");
        for (var i = 0; i < 100; i++)
        {
            csv.Append(CultureInvariant($"big:{i},Report {i},Publisher\n"));
        }

        using var response = await Client.ImportAsync("sources", csv.ToString(), ImportHttp.Csv);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1,000 bytes", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "sources"));
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
