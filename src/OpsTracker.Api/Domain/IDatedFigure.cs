namespace OpsTracker.Api.Domain;

/// <summary>A standing figure (people held, people in a camp) as of a date.</summary>
public interface IDatedFigure
{
    DateOnly AsOf { get; set; }
    DatePrecision DatePrecision { get; set; }
}
