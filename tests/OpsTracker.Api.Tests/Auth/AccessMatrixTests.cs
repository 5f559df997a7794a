using System.Net;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Auth;

/// <summary>
/// Every identity against every kind of call: allowed calls succeed; without a valid key (none, or a wrong one) the
/// answer is a 401 problem, with a valid key whose role is not enough a 403 problem.
/// </summary>
public abstract class AccessMatrixTests(AccessApi api)
{
    public static TheoryData<Identity, string> Matrix()
    {
        var data = new TheoryData<Identity, string>();
        foreach (var identity in Enum.GetValues<Identity>())
        {
            foreach (var call in AccessCalls.All)
            {
                data.Add(identity, call.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_identity_gets_the_answer_its_role_allows(Identity identity, string callName)
    {
        var call = AccessCalls.Named(callName);

        using var response = await call.SendAsync(api.Admin, api.ClientOf(identity));

        var expected = Expected(identity, call.Kind, api.AnonymousRead) ?? call.Success;
        if (expected == call.Success)
        {
            await response.AssertStatusAsync(expected);
        }
        else
        {
            var problem = await ProblemAssert.IsProblemAsync(response, expected);
            Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
        }
    }

    /// <summary>The refusal <paramref name="identity"/> gets for a call of <paramref name="kind"/>, or null when it is allowed.</summary>
    private static HttpStatusCode? Expected(Identity identity, CallKind kind, bool anonymousRead) => identity switch
    {
        Identity.WrongKey => HttpStatusCode.Unauthorized,
        Identity.Anonymous when kind == CallKind.Read && anonymousRead => null,
        Identity.Anonymous => HttpStatusCode.Unauthorized,
        Identity.Reader => kind == CallKind.Read ? null : HttpStatusCode.Forbidden,
        Identity.Editor => kind == CallKind.Admin ? HttpStatusCode.Forbidden : null,
        _ => null,
    };
}
