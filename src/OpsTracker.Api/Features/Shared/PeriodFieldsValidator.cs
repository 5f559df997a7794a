using FluentValidation;
using OpsTracker.Api.Infrastructure.Validation;

namespace OpsTracker.Api.Features.Shared;

public sealed class PeriodFieldsValidator : AbstractValidator<IPeriodFields>
{
    public PeriodFieldsValidator()
    {
        // Either day may stand alone: startDate alone is one day, endDate alone a period open at its start.
        RuleFor(p => p.StartDate)
            .NotNull()
            .When(p => p.EndDate is null)
            .WithMessage("startDate is required unless endDate is given (YYYY-MM-DD); give endDate alone for a period open at its start (\"on or before\").")
            .WithState(_ => RequiredWithAlternative.Instance);
        RuleFor(p => p.EndDate)
            .Must((period, end) => end >= period.StartDate)
            .When(p => p.EndDate is not null && p.StartDate is not null)
            .WithMessage("endDate cannot be before startDate.");
    }
}
