using FluentValidation;

namespace OpsTracker.Api.Features.Shared;

public sealed class PeriodFieldsValidator : AbstractValidator<IPeriodFields>
{
    public PeriodFieldsValidator()
    {
        RuleFor(p => p.StartDate).NotNull().WithMessage("startDate is required (YYYY-MM-DD).");
        RuleFor(p => p.EndDate)
            .Must((period, end) => end >= period.StartDate)
            .When(p => p.EndDate is not null && p.StartDate is not null)
            .WithMessage("endDate cannot be before startDate.");
    }
}
