using FluentValidation;
using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Shared;

/// <summary>The rules that keep a reported figure coherent: bounds around the best figure, and a qualifier they fit.</summary>
public sealed class CountRequestValidator : AbstractValidator<CountRequest>
{
    public CountRequestValidator()
    {
        RuleFor(c => c.Best).NotNull().WithMessage("best is required.")
            .GreaterThanOrEqualTo(0).WithMessage("best cannot be negative.");
        RuleFor(c => c.Low).GreaterThanOrEqualTo(0).WithMessage("low cannot be negative.");
        RuleFor(c => c.High).GreaterThanOrEqualTo(0).WithMessage("high cannot be negative.");

        RuleFor(c => c.Low)
            .Must((count, low) => low <= count.Best).When(c => c.Low is not null && c.Best is not null)
            .WithMessage("low cannot be greater than best.");
        RuleFor(c => c.High)
            .Must((count, high) => high >= count.Best).When(c => c.High is not null && c.Best is not null)
            .WithMessage("high cannot be less than best.");

        When(c => c.Qualifier == CountQualifier.Range, () =>
        {
            RuleFor(c => c.Low).NotNull().WithMessage("A range needs low.");
            RuleFor(c => c.High).NotNull().WithMessage("A range needs high.");
        });
        When(c => c.Qualifier is null or CountQualifier.Exact, () =>
        {
            RuleFor(c => c.Low).Must((count, low) => low == count.Best).When(c => c.Low is not null)
                .WithMessage("An exact count has no low bound apart from best; use another qualifier.");
            RuleFor(c => c.High).Must((count, high) => high == count.Best).When(c => c.High is not null)
                .WithMessage("An exact count has no high bound apart from best; use another qualifier.");
        });
        RuleFor(c => c.Best).GreaterThan(0).When(c => c.Qualifier == CountQualifier.LessThan && c.Best is not null)
            .WithMessage("lessThan needs best of 1 or more: nothing is less than 0.");
        When(c => c.Qualifier is CountQualifier.AtLeast or CountQualifier.MoreThan, () =>
            RuleFor(c => c.High).Null().WithMessage("atLeast and moreThan have no upper bound; use range for a figure with both bounds."));
    }
}
