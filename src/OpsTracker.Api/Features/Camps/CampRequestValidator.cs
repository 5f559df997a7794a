using FluentValidation;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Camps;

public sealed class CampRequestValidator : AbstractValidator<CampRequest>
{
    public CampRequestValidator()
    {
        Include(new RecordRequestValidator());
        RuleFor(c => c.Name).NotEmpty().WithMessage("name is required.").MaximumLength(RecordConfigurationExtensions.ShortText);
        RuleFor(c => c.Aliases).ValidAliases();
        RuleForEach(c => c.Aliases).ValidAlias();
        RuleFor(c => c.Country).AssignedCountryCode();
        RuleFor(c => c.Region).MaximumLength(RecordConfigurationExtensions.ShortText);
        Include(new CoordinatesValidator());
    }
}
