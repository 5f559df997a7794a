using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Samples;

namespace OpsTracker.Api.Tests.Events;

/// <summary>
/// The seeds' claims about Syria's accession to the Global Coalition, as the sample data stores them: "did Syria
/// sign?" is answered by the three agreement claims side by side, each with its source's words and who it says made
/// the claim; the membership as the 90th member, and Shafaq News's announcement without a figure, agree.
/// </summary>
public sealed class EventSampleDataTests() : ApiTest(new ApiFactory().WithSampleData())
{
    [Fact]
    public async Task Did_syria_sign_shows_the_minister_against_the_envoy_and_the_ministers_own_post()
    {
        var agreements = await Client.ListAsync(EventSamples.Collection, "type=agreement&q=" + Uri.EscapeDataString("الحكومة السورية") + "&sort=id");
        var conflicts = (await Client.GetObjectAsync("/api/v1/stats/conflicts?kind=events"))["items"]!.AsArray();

        Assert.Equal(
            [
                (0, "لكنه شدد في الوقت نفسه على أنه لم يتم توقيع اتفاق حتى الآن", "وزير الإعلام السوري حمزة المصطفى"),
                (1, "سوريا وقعت رسمياً اتفاقية الانضمام إلى التحالف الدولي", "مندوب سوريا الدائم لدى الأمم المتحدة، إبراهيم علبي"),
                (1, "سوريا وقّعت إعلان تعاون سياسي مع التحالف الدولي", "وزير الإعلام السوري حمزة المصطفى، عبر منصة \"إكس\""),
            ],
            agreements.Select(claim => (
                claim["count"]!["best"]!.GetValue<int>(),
                claim["citations"]![0]!["quote"]!.GetValue<string>(),
                claim["citations"]![0]!["attributedTo"]!["text"]!.GetValue<string>())));
        var ids = agreements.Select(claim => claim.Id()).ToList();
        Assert.Equal(
            [(ids[0], ids[1]), (ids[0], ids[2])],
            conflicts.Select(pair => (pair!["first"]!["id"]!.GetValue<long>(), pair["second"]!["id"]!.GetValue<long>())));
    }

    [Fact]
    public async Task Syria_joins_as_the_90th_member_and_the_announcement_without_a_figure_agrees()
    {
        var memberships = await Client.ListAsync(EventSamples.Collection, "type=coalitionMembership&sort=id");

        Assert.Equal([90, 0], memberships.Select(m => m["count"]!["best"]!.GetValue<int>()));
        Assert.Equal(["exact", "atLeast"], memberships.Select(m => m["count"]!["qualifier"]!.GetValue<string>()));
        Assert.Equal([memberships[1].Id()], await Client.ListIdsAsync(EventSamples.Collection, "type=coalitionMembership&hasCount=false"));
        Assert.Contains("ستصبح العضو التسعين فيه", memberships[0]["citations"]![0]!["quote"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
