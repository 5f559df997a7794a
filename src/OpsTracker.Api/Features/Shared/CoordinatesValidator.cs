using FluentValidation;

namespace OpsTracker.Api.Features.Shared;

/// <summary>WGS84 coordinates in range, and both or neither: half a point places nothing.</summary>
public sealed class CoordinatesValidator : AbstractValidator<ICoordinateFields>
{
    public CoordinatesValidator()
    {
        RuleFor(p => p.Latitude).InclusiveBetween(-90, 90).WithMessage("latitude must be between -90 and 90.");
        RuleFor(p => p.Longitude).InclusiveBetween(-180, 180).WithMessage("longitude must be between -180 and 180.");
        RuleFor(p => p.Latitude).NotNull().When(p => p.Longitude is not null).WithMessage("Give latitude with longitude.");
        RuleFor(p => p.Longitude).NotNull().When(p => p.Latitude is not null).WithMessage("Give longitude with latitude.");
    }
}
