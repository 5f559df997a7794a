using System.Net;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.HostileInput;

/// <summary>
/// Enum values are matched exactly as documented ("killed"), in a JSON body, a JSON or NDJSON import and a CSV import
/// alike: a trailing space, another case or two names joined by a comma are refused naming the field and the allowed
/// values. The framework's reader used to take "killed " for killed, and
/// "killed, wounded" for wounded.
/// </summary>
public sealed class ExactEnumTests : ApiTest
{
    private const string Allowed = "is not one of the allowed values: killed, wounded.";

    public static TheoryData<string> NearMisses => ["killed ", " killed", "Killed", "KILLED", "killed, wounded", "killed,wounded", "0", "", "killed\u200f"];

    [Theory]
    [MemberData(nameof(NearMisses))]
    public async Task A_near_miss_of_an_enum_value_is_refused_everywhere_naming_the_field(string outcome)
    {
        var sourceId = await Client.CreateSourceAsync();
        var payload = Payloads.Casualty(sourceId).Without("externalId").With(("outcome", outcome));
        var csv = $"sourceIds,affiliation,outcome,count.best,startDate,country\n{sourceId},isis,\"{outcome}\",5,2025-10-01,SY\n";

        using var post = await Client.PostJsonAsync(Paths.Casualties, payload);
        using var json = await Client.ImportAsync("casualties", $"[{payload.Text()}]", ImportHttp.Json);
        using var ndjson = await Client.ImportAsync("casualties", payload.Text(), ImportHttp.Ndjson);

        var problem = await ProblemAssert.IsValidationProblemAsync(post, "outcome");
        Assert.Equal([$"'{outcome}' {Allowed}"], problem.MessagesFor("outcome"));
        Assert.Equal([$"'{outcome}' {Allowed}"], (await ProblemAssert.IsProblemAsync(json, HttpStatusCode.BadRequest)).MessagesFor("item 1: outcome"));
        Assert.Equal([$"'{outcome}' {Allowed}"], (await ProblemAssert.IsProblemAsync(ndjson, HttpStatusCode.BadRequest)).MessagesFor("line 1: outcome"));
        if (outcome.Length > 0)
        {
            // An empty CSV cell is an absent value (the field's default).
            using var csvAnswer = await Client.ImportAsync("casualties", csv, ImportHttp.Csv);
            Assert.Equal([$"'{outcome}' {Allowed}"], (await ProblemAssert.IsProblemAsync(csvAnswer, HttpStatusCode.BadRequest)).MessagesFor("line 2: outcome"));
        }

        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "casualties"));
    }

    [Fact]
    public async Task Enum_values_as_documented_are_taken_in_every_format()
    {
        var sourceId = await Client.CreateSourceAsync();
        var payload = Payloads.Casualty(sourceId).Without("externalId").With(("outcome", "wounded"));
        var csv = $"sourceIds,affiliation,outcome,count.best,startDate,country\n{sourceId},civilian,wounded,5,2025-10-01,SY\n";

        var created = await Client.CreateAsync(Paths.Casualties, payload);
        ImportHttp.AssertReport(await Client.ImportOkAsync("casualties", $"[{payload.Text()}]", ImportHttp.Json), inserted: 1);
        ImportHttp.AssertReport(await Client.ImportOkAsync("casualties", payload.Text(), ImportHttp.Ndjson), inserted: 1);
        ImportHttp.AssertReport(await Client.ImportOkAsync("casualties", csv, ImportHttp.Csv), inserted: 1);

        Assert.Equal("wounded", created["outcome"]!.GetValue<string>());
        var stored = await Client.AllAsync("casualties");
        Assert.Equal(4, stored.Count);
        Assert.All(stored, record => Assert.Equal("wounded", record["outcome"]!.GetValue<string>()));
    }
}
