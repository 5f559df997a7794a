using Microsoft.AspNetCore.Http.Extensions;
using OpsTracker.Api.RecordEngine.Paging;

namespace OpsTracker.Api.RecordEngine.Endpoints;

/// <summary>
/// The <c>Link</c> header (RFC 8288) of every JSON page: its first, previous, next and last pages, as absolute URLs
/// that keep the request's other parameters, so a client pages by following links instead of building URLs. An
/// endpoint filter that writes the header from the page an endpoint answers with.
/// </summary>
public static class PageLinks
{
    /// <summary>
    /// Adds the Link header to every page the endpoints of <paramref name="builder"/> answer with. The filter is put
    /// only on handlers whose return type can hold a page, so the others run without a filter's cost.
    /// </summary>
    public static TBuilder WithPageLinks<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((context, next) => MayHoldAPage(context.MethodInfo.ReturnType) ? WithLink(next) : next);

    private static EndpointFilterDelegate WithLink(EndpointFilterDelegate next) => async invocation =>
    {
        var result = await next(invocation);
        if (result is IValueHttpResult { Value: IPagedResponse page })
        {
            invocation.HttpContext.Response.Headers.Link = Header(invocation.HttpContext.Request, page);
        }

        return result;
    };

    /// <summary>An IResult (which may be any answer), or a typed answer with a page among its type arguments.</summary>
    private static bool MayHoldAPage(Type type) =>
        type == typeof(IResult)
        || (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(PagedResponse<>) || type.GetGenericArguments().Any(MayHoldAPage)));

    /// <summary>The header's value for <paramref name="page"/> of the list <paramref name="request"/> asked for.</summary>
    public static string Header(HttpRequest request, IPagedResponse page)
    {
        var last = Math.Max(1, (int)((page.TotalCount + (long)page.PageSize - 1) / page.PageSize));
        var links = new List<string> { Link(request, 1, "first") };
        if (page.Page > 1)
        {
            links.Add(Link(request, Math.Min(page.Page - 1, last), "prev"));
        }

        if (page.Page < last)
        {
            links.Add(Link(request, page.Page + 1, "next"));
        }

        links.Add(Link(request, last, "last"));
        return string.Join(", ", links);
    }

    private static string Link(HttpRequest request, int page, string relation)
    {
        var query = new QueryBuilder(request.Query
            .Where(parameter => parameter.Key != "page")
            .SelectMany(parameter => parameter.Value.Select(value => KeyValuePair.Create(parameter.Key, value ?? ""))))
        {
            { "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return $"<{UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, query.ToQueryString())}>; rel=\"{relation}\"";
    }
}
