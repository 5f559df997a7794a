using FluentValidation;

namespace OpsTracker.Api.Features.Shared;

public sealed class PlaceFieldsValidator : AbstractValidator<IPlaceFields>
{
    public PlaceFieldsValidator()
    {
        RuleFor(p => p.Country).NotEmpty().WithMessage("country is required (ISO 3166-1 alpha-2, e.g. SY).");
        RuleFor(p => p.Country).AssignedCountryCode();
        RuleFor(p => p.Region).MaximumLength(RecordConfigurationExtensions.ShortText);
        RuleFor(p => p.Locality).MaximumLength(RecordConfigurationExtensions.ShortText);
        RuleFor(p => p.CampId).GreaterThan(0).WithMessage("campId is a positive id.");
        Include(new CoordinatesValidator());
    }
}
