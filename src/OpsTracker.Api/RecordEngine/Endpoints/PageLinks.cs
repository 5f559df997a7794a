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

    /// <summary>
    /// The header's value for <paramref name="page"/> of the list <paramref name="request"/> asked for. A page after a
    /// cursor links the first page and the next, after its <see cref="IPagedResponse.NextCursor"/>; a numbered page
    /// links first, previous, next and, when its total is exact, last.
    /// </summary>
    public static string Header(HttpRequest request, IPagedResponse page)
    {
        if (request.Query.ContainsKey("after"))
        {
            var cursorLinks = new List<string> { Link(request, ("after", null), "first") };
            if (page.NextCursor is not null)
            {
                cursorLinks.Add(Link(request, ("after", page.NextCursor), "next"));
            }

            return string.Join(", ", cursorLinks);
        }

        var links = new List<string> { Numbered(request, 1, "first") };

        int? last = page is { Count: CountMode.Exact, TotalCount: { } total }
            ? Math.Max(1, (int)((total + (long)page.PageSize - 1) / page.PageSize))
            : null;
        if (page.Page > 1)
        {
            links.Add(Numbered(request, Math.Min(page.Page - 1, last ?? int.MaxValue), "prev"));
        }

        if (last is { } lastPage ? page.Page < lastPage : page.HasNext)
        {
            links.Add(Numbered(request, page.Page + 1, "next"));
        }

        if (last is not null)
        {
            links.Add(Numbered(request, last.Value, "last"));
        }

        return string.Join(", ", links);
    }

    private static string Numbered(HttpRequest request, int page, string relation) =>
        Link(request, ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)), relation);

    /// <summary>The request's URL with its page (page or after) replaced by <paramref name="position"/>, or removed when null.</summary>
    private static string Link(HttpRequest request, (string Name, string? Value) position, string relation)
    {
        var query = new QueryBuilder(request.Query
            .Where(parameter => parameter.Key is not ("page" or "after"))
            .SelectMany(parameter => parameter.Value.Select(value => KeyValuePair.Create(parameter.Key, value ?? ""))));
        if (position.Value is not null)
        {
            query.Add(position.Name, position.Value);
        }

        return $"<{UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, query.ToQueryString())}>; rel=\"{relation}\"";
    }
}
