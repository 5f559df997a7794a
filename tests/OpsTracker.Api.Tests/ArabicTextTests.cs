using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.Arrests;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests;

/// <summary>Names and titles in Arabic script are stored and answered exactly as sent.</summary>
public sealed class ArabicTextTests : ApiTest
{
    private const string SdfArabic = "قوات سوريا الديمقراطية";
    private const string SdfShort = "قسد";
    private const string Kunya = "أبو عبد الرحمن";

    [Fact]
    public async Task A_force_alias_in_arabic_round_trips_unchanged()
    {
        var payload = Payloads.Force().With(("name", SdfArabic), ("aliases", Payloads.Strings(SdfArabic, SdfShort, "SDF")));

        var created = await Client.CreateAsync(Paths.Forces, payload);
        var read = await Client.ReadAsync(Paths.Forces, created.Id());

        Assert.Equal(SdfArabic, read["name"]!.GetValue<string>());
        Assert.Equal([SdfArabic, SdfShort, "SDF"], read["aliases"]!.AsArray().Select(alias => alias!.GetValue<string>()));
        await using var db = Factory.CreateDbContext();
        var stored = await db.Set<Force>().SingleAsync(force => force.Id == created.Id());
        Assert.Equal(SdfArabic, stored.Name);
        Assert.Equal([SdfArabic, SdfShort, "SDF"], stored.Aliases);
    }

    [Fact]
    public async Task An_arrest_person_alias_in_arabic_round_trips_unchanged()
    {
        var sourceId = await Client.CreateSourceAsync();
        var payload = Payloads.Arrest(sourceId).With(("personAlias", Kunya), ("personName", "بهاء مصيري"), ("count", Payloads.Count(1)));

        var created = await Client.CreateAsync(Paths.Arrests, payload);
        var read = await Client.ReadAsync(Paths.Arrests, created.Id());

        Assert.Equal(Kunya, read["personAlias"]!.GetValue<string>());
        Assert.Equal("بهاء مصيري", read["personName"]!.GetValue<string>());
        await using var db = Factory.CreateDbContext();
        Assert.Equal(Kunya, (await db.Set<Arrest>().SingleAsync(arrest => arrest.Id == created.Id())).PersonAlias);
    }

    [Fact]
    public async Task Arabic_sent_as_json_escapes_is_stored_as_the_same_text()
    {
        var escaped = "{\"name\":\"\\u0627\\u0644\\u0647\\u0648\\u0644\",\"aliases\":[\"\\u0642\\u0633\\u062f\"]}";

        using var response = await Client.SendRawJsonAsync(HttpMethod.Post, Paths.Camps, escaped);

        await response.AssertStatusAsync(HttpStatusCode.Created);
        var created = await response.ReadObjectAsync();
        Assert.Equal("الهول", created["name"]!.GetValue<string>());
        Assert.Equal(SdfShort, created["aliases"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Arabic_is_answered_and_stored_as_the_same_utf8_bytes_not_as_escapes()
    {
        // Sent as UTF-8 text, with an Arabic letter mark and a right-to-left mark, as copied from an Arabic page.
        var name = "مخيم الهول\u061C\u200F";
        var body = $"{{\"name\":\"{name}\",\"aliases\":[\"{SdfShort}\"],\"notes\":\"<b> & 'x' + y\"}}";

        using var created = await Client.SendRawJsonAsync(HttpMethod.Post, Paths.Camps, body);
        await created.AssertStatusAsync(HttpStatusCode.Created);
        var id = (await created.ReadObjectAsync()).Id();

        byte[][] answers =
        [
            await Client.GetByteArrayAsync(Paths.Of(Paths.Camps, id)),
            await Client.GetByteArrayAsync($"{Paths.Camps}?q={Uri.EscapeDataString("الهول")}"),
            await Client.GetByteArrayAsync($"{Paths.Of(Paths.Camps, id)}/history"),
        ];
        string[] sent = [$"\"{name}\"", $"\"{SdfShort}\"", "\"<b> & 'x' + y\""];
        Assert.All(answers, answer =>
        {
            Assert.All(sent, text => Assert.True(
                answer.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0, $"The answer does not hold the UTF-8 bytes of {text}: {Encoding.UTF8.GetString(answer)}"));
            Assert.True(answer.AsSpan().IndexOf("\\u"u8) < 0, Encoding.UTF8.GetString(answer));
        });
        await using var db = Factory.CreateDbContext();
        var audit = await db.Set<AuditEntry>().SingleAsync(entry => entry.Resource == "camps" && entry.RecordId == id);
        Assert.All(sent, text => Assert.Contains(text, audit.After, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mixed_script_titles_and_notes_round_trip_on_put()
    {
        var payload = Payloads.Source();
        var id = await Client.CreateIdAsync(Paths.Sources, payload);
        var title = "شفق نيوز: CENTCOM تعلن مقتل 5 من عناصر داعش واعتقال 19";
        var notes = "«أكثر من 22 عملية» — more than 22 operations, 1–6 November 2025.";

        using var response = await Client.PutJsonAsync(Paths.Of(Paths.Sources, id), payload.With(("title", title), ("notes", notes), ("language", "ar")));

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var read = await Client.ReadAsync(Paths.Sources, id);
        Assert.Equal(title, read["title"]!.GetValue<string>());
        Assert.Equal(notes, read["notes"]!.GetValue<string>());
    }
}
