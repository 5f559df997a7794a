using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Shared;

public interface IPeriodFields
{
    DateOnly? StartDate { get; }
    DateOnly? EndDate { get; }
    DatePrecision? DatePrecision { get; }
}
