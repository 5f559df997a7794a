using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Persons;

public sealed class PersonSource : SourceLink
{
    public long PersonId { get; set; }
}
