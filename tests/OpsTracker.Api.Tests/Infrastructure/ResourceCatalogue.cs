using OpsTracker.Api.Domain;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.Tests.Infrastructure.Samples;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>
/// Every resource of the API as a <see cref="ResourceCase"/>, and the theory data that runs a test once per resource
/// (or per resource that has a given field group). The resources, their names and their field groups come from the
/// API's own definitions and entities; only the bodies to send are the tests' (a <see cref="ResourceSamples"/> per
/// resource), and a resource without them fails here, by name.
/// </summary>
public static class ResourceCatalogue
{
    public static readonly IReadOnlyList<ResourceCase> All = Build();

    public static TheoryData<string> Names => Data(_ => true);

    public static TheoryData<string> ReportNames => Data(resource => resource.IsReport);

    public static TheoryData<string> RequiredCountNames => Data(resource => resource.IsReport && !resource.DefaultsCount);

    public static TheoryData<string> DefaultedCountNames => Data(resource => resource.DefaultsCount);

    public static TheoryData<string> PlaceNames => Data(resource => resource.HasPlace);

    public static TheoryData<string> PeriodNames => Data(resource => resource.HasPeriod);

    public static TheoryData<string> DatedFigureNames => Data(resource => resource.HasDatedFigure);

    public static ResourceCase Get(string name) => All.Single(resource => resource.Name == name);

    private static List<ResourceCase> Build()
    {
        var samples = typeof(ResourceSamples).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(ResourceSamples)) && !type.IsAbstract)
            .Select(type => (ResourceSamples)Activator.CreateInstance(type)!)
            .ToDictionary(sample => sample.Name);
        return ResourceRegistration.Definitions().Select(definition =>
        {
            if (!samples.TryGetValue(definition.Path, out var sample))
            {
                throw new InvalidOperationException(
                    $"The API serves /api/v1/{definition.Path}, but the tests have no samples for it: add a class deriving from "
                    + $"{nameof(ResourceSamples)} whose Name is \"{definition.Path}\" (see Infrastructure/Samples).");
            }

            var entity = definition.EntityType;
            return new ResourceCase
            {
                Name = definition.Path,
                SingularName = definition.SingularName,
                PluralName = definition.PluralName,
                NewPayloadAsync = sample.NewPayloadAsync,
                ChangedPayloadAsync = sample.ChangedPayloadAsync,
                ReportPayloadAsync = sample.ReportPayloadAsync,
                IsReport = entity.IsSubclassOf(typeof(ReportRecordEntity)),
                IsCiting = entity.GetInterfaces().Any(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ICitingRecord<>)),
                DefaultsCount = sample.DefaultsCount,
                DefaultCount = sample.DefaultsCount ? sample.DefaultCount : null,
                HasPlace = typeof(IPlaced).IsAssignableFrom(entity),
                HasPeriod = typeof(IPeriod).IsAssignableFrom(entity),
                HasDatedFigure = typeof(IDatedFigure).IsAssignableFrom(entity),
            };
        }).ToList();
    }

    private static TheoryData<string> Data(Func<ResourceCase, bool> include)
    {
        var data = new TheoryData<string>();
        foreach (var resource in All.Where(include))
        {
            data.Add(resource.Name);
        }

        return data;
    }
}
