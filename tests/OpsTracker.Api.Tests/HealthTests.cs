using System.Net;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests;

public sealed class HealthTests : ApiTest
{
    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        var response = await Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
