using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Shared;

public interface IDatedFigureFields
{
    DateOnly? AsOf { get; }
    DatePrecision? DatePrecision { get; }
}
