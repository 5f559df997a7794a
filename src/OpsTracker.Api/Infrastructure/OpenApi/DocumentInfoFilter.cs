using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// What the document says of itself: who to contact, the licence, and its tags with their descriptions: the record
/// kinds' (<see cref="IOpenApiTagSource"/>), then <see cref="OpenApiTags"/>, in that order (tags it does not know follow,
/// in the order operations use them).
/// </summary>
public sealed class DocumentInfoFilter(IOptions<SwaggerSettings> settings, IEnumerable<IOpenApiTagSource> tagSources) : IDocumentFilter
{
    private readonly IReadOnlyList<(string Name, string Description)> _knownTags = [.. tagSources.SelectMany(source => source.Tags), .. OpenApiTags.All];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var info = settings.Value;
        swaggerDoc.Info.Contact = new OpenApiContact
        {
            Name = info.ContactName,
            Email = info.ContactEmail,
            Url = info.ContactUrl is { Length: > 0 } url ? new Uri(url) : null,
        };
        swaggerDoc.Info.License = new OpenApiLicense { Name = info.LicenseName, Url = new Uri(info.LicenseUrl) };

        var known = _knownTags.Select((tag, rank) => (tag.Name, rank)).ToDictionary(tag => tag.Name, tag => tag.rank);
        var used = swaggerDoc.Paths.Values
            .SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name!)
            .Distinct()
            .ToList();
        var order = used.OrderBy(name => known.GetValueOrDefault(name, known.Count + used.IndexOf(name))).ToList();
        var tags = new SortedSet<OpenApiTag>(Comparer<OpenApiTag>.Create((a, b) => order.IndexOf(a.Name!).CompareTo(order.IndexOf(b.Name!))));
        foreach (var name in order)
        {
            tags.Add(new OpenApiTag
            {
                Name = name,
                Description = _knownTags.FirstOrDefault(tag => tag.Name == name).Description,
            });
        }

        swaggerDoc.Tags = tags;
    }
}
