using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// Two forces (one with a line of subordinates) and the operations, casualties, arrests, detainee figures and camp
/// population figures that refer to them, to their operations and to three sources. Each record is looked up by a
/// label naming what it refers to.
/// </summary>
public sealed class ReferenceFilterData : SharedApi
{
    /// <summary>Label → id: sources s1, s2, s3; forces forceA, forceB, child (under A), grandchild (under child).</summary>
    public Dictionary<string, long> Ids { get; } = [];

    protected override async Task SeedAsync(HttpClient client)
    {
        Ids["s1"] = await client.CreateSourceAsync();
        Ids["s2"] = await client.CreateSourceAsync();
        Ids["s3"] = await client.CreateSourceAsync();
        Ids["forceA"] = await client.CreateForceAsync();
        Ids["forceB"] = await client.CreateForceAsync();
        Ids["child"] = await client.CreateForceAsync(Ids["forceA"]);
        Ids["grandchild"] = await client.CreateForceAsync(Ids["child"]);
        var campId = await client.CreateCampAsync();

        Ids["opA"] = await Operation(client, ["forceA"], ["s1"]);
        Ids["opB"] = await Operation(client, ["forceB"], ["s2"]);
        Ids["opAB"] = await Operation(client, ["forceA", "forceB"], ["s1", "s2"]);
        Ids["opNone"] = await Operation(client, [], ["s3"]);

        Ids["casualtyInOpA"] = await Casualty(client, "opA", "s1");
        Ids["casualtyInOpB"] = await Casualty(client, "opB", "s2");
        Ids["casualtyNoOp"] = await Casualty(client, null, "s3");
        Ids["casualtyInOpAB"] = await Casualty(client, "opAB", "s3");

        Ids["arrestByA"] = await Arrest(client, "forceA", null, "s1");
        Ids["arrestInOpB"] = await Arrest(client, null, "opB", "s2");
        Ids["arrestByBInOpA"] = await Arrest(client, "forceB", "opA", "s3");
        Ids["arrestNoForce"] = await Arrest(client, null, null, "s1");

        Ids["detaineesHeldByA"] = await client.CreateIdAsync(Paths.DetaineeFigures, Payloads.DetaineeFigure(Ids["s1"], Ids["forceA"]));
        Ids["detaineesHeldByB"] = await client.CreateIdAsync(Paths.DetaineeFigures, Payloads.DetaineeFigure(Ids["s2"], Ids["forceB"]));
        Ids["detaineesNoCustodian"] = await client.CreateIdAsync(Paths.DetaineeFigures, Payloads.DetaineeFigure(Ids["s3"]));

        Ids["populationS1"] = await client.CreateIdAsync(Paths.CampPopulations, Payloads.CampPopulation(Ids["s1"], campId));
        Ids["populationS2S3"] = await client.CreateIdAsync(Paths.CampPopulations,
            Payloads.CampPopulation(Ids["s2"], campId).With(("sourceIds", Payloads.Ids(Ids["s2"], Ids["s3"]))));
    }

    private Task<long> Operation(HttpClient client, string[] forces, string[] sources) =>
        client.CreateIdAsync(Paths.Operations, Payloads.Operation(Ids[sources[0]], [.. forces.Select(force => Ids[force])])
            .With(("sourceIds", Payloads.Ids([.. sources.Select(source => Ids[source])]))));

    private Task<long> Casualty(HttpClient client, string? operation, string source) =>
        client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(Ids[source], operation is null ? null : Ids[operation]));

    private Task<long> Arrest(HttpClient client, string? force, string? operation, string source) =>
        client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(Ids[source], force is null ? null : Ids[force], operation is null ? null : Ids[operation]));
}
