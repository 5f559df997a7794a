using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Auth;

/// <summary>Every kind of call the API answers, for the access matrix: each resource's five, exports, stats, imports and key management.</summary>
public static class AccessCalls
{
    public const string KeysPath = "/api/v1/api-keys";

    public static readonly IReadOnlyList<AccessCall> All = [.. ResourceCalls(), .. OtherCalls()];

    public static AccessCall Named(string name) => All.Single(call => call.Name == name);

    private static IEnumerable<AccessCall> ResourceCalls()
    {
        foreach (var resource in ResourceCatalogue.All)
        {
            yield return new($"{resource.Name}: list", CallKind.Read, HttpStatusCode.OK,
                (_, client) => client.GetAsync(resource.Collection));
            yield return new($"{resource.Name}: export", CallKind.Read, HttpStatusCode.OK,
                (_, client) => client.GetAsync($"{resource.Collection}?format=csv"));
            yield return new($"{resource.Name}: get", CallKind.Read, HttpStatusCode.OK, async (admin, client) =>
                await client.GetAsync(resource.PathOf(await admin.CreateIdAsync(resource.Collection, await resource.NewPayloadAsync(admin)))));
            yield return new($"{resource.Name}: create", CallKind.Write, HttpStatusCode.Created, async (admin, client) =>
                await client.PostJsonAsync(resource.Collection, await resource.NewPayloadAsync(admin)));
            yield return new($"{resource.Name}: update", CallKind.Write, HttpStatusCode.OK, async (admin, client) =>
            {
                var original = await resource.NewPayloadAsync(admin);
                var id = await admin.CreateIdAsync(resource.Collection, original);
                return await client.PutJsonAsync(resource.PathOf(id), await resource.ChangedPayloadAsync(admin, original));
            });
            yield return new($"{resource.Name}: delete", CallKind.Write, HttpStatusCode.NoContent, async (admin, client) =>
                await client.DeleteAsync(resource.PathOf(await admin.CreateIdAsync(resource.Collection, await resource.NewPayloadAsync(admin)))));
        }
    }

    private static IEnumerable<AccessCall> OtherCalls()
    {
        yield return new("stats: summary", CallKind.Read, HttpStatusCode.OK, (_, client) => client.GetAsync(Paths.StatsSummary));
        yield return new("stats: timeseries", CallKind.Read, HttpStatusCode.OK, (_, client) => client.GetAsync($"{Paths.StatsTimeSeries}?metric=killed"));
        yield return new("stats: camp populations", CallKind.Read, HttpStatusCode.OK, (_, client) => client.GetAsync(Paths.StatsCampPopulations));
        yield return new("stats: detainee figures", CallKind.Read, HttpStatusCode.OK, (_, client) => client.GetAsync(Paths.StatsDetaineeFigures));
        yield return new("imports: sources", CallKind.Write, HttpStatusCode.OK, (_, client) =>
            client.ImportAsync("sources", "title,publisher\nCENTCOM statement,CENTCOM\n", ImportHttp.Csv));
        yield return new("imports: sources, dry run", CallKind.Write, HttpStatusCode.OK, (_, client) =>
            client.ImportAsync("sources", "title,publisher\nCENTCOM statement,CENTCOM\n", ImportHttp.Csv, "dryRun=true"));
        yield return new("api keys: list", CallKind.Admin, HttpStatusCode.OK, (_, client) => client.GetAsync(KeysPath));
        yield return new("api keys: get", CallKind.Admin, HttpStatusCode.OK, async (admin, client) =>
            await client.GetAsync($"{KeysPath}/{(await admin.CreateKeyAsync("reader")).Id()}"));
        yield return new("api keys: create", CallKind.Admin, HttpStatusCode.Created, (_, client) =>
            client.PostJsonAsync(KeysPath, new JsonObject { ["name"] = Payloads.Unique("matrix key"), ["role"] = "editor" }));
        yield return new("api keys: revoke", CallKind.Admin, HttpStatusCode.NoContent, async (admin, client) =>
            await client.DeleteAsync($"{KeysPath}/{(await admin.CreateKeyAsync("reader")).Id()}"));
    }
}
