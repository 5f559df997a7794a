using FluentValidation;

namespace OpsTracker.Api.Features.Shared;

public sealed class DatedFigureFieldsValidator : AbstractValidator<IDatedFigureFields>
{
    public DatedFigureFieldsValidator()
    {
        RuleFor(f => f.AsOf).NotNull().WithMessage("asOf is required (YYYY-MM-DD).");
    }
}
