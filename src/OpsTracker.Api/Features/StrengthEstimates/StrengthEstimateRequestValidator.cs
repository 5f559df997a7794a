using FluentValidation;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.StrengthEstimates;

public sealed class StrengthEstimateRequestValidator : AbstractValidator<StrengthEstimateRequest>
{
    /// <summary>More countries than this in one estimate is a mistake, not a report.</summary>
    public const int MaxCountries = 50;

    public StrengthEstimateRequestValidator()
    {
        Include(new ReportRecordRequestValidator());
        Include(new DatedFigureFieldsValidator());
        RuleFor(e => e.Count).NotNull().WithMessage("count is required.");
        RuleFor(e => e.ForceId).NotNull().WithMessage("forceId is required: the group whose fighters are estimated.")
            .GreaterThan(0).WithMessage("forceId is a positive id.");
        RuleFor(e => e.Countries).NotEmpty().WithMessage("Name at least one country in countries (ISO 3166-1 alpha-2: SY, IQ).")
            .Must(countries => countries is null || countries.Count <= MaxCountries).WithMessage($"List at most {MaxCountries} countries.")
            .Must(countries => countries is null || countries.Distinct(StringComparer.Ordinal).Count() == countries.Count)
            .WithMessage("A country is listed more than once.");
        RuleForEach(e => e.Countries).NotNull().WithMessage("A country is an ISO 3166-1 alpha-2 code, not null.").AssignedCountryCode();
        RuleFor(e => e.Region).MaximumLength(RecordConfigurationExtensions.ShortText);
    }
}
