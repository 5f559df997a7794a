using FluentValidation;

namespace OpsTracker.Api.Features.Statements;

public sealed class StatementAboutRequestValidator : AbstractValidator<StatementAboutRequest>
{
    public StatementAboutRequestValidator()
    {
        RuleFor(a => a.Kind).NotEmpty().WithMessage($"kind is required: one of {string.Join(", ", StatementTargets.Kinds)}.")
            .Must(kind => kind is null || kind.Length == 0 || StatementTargets.IsKind(kind))
            .WithMessage(a => $"'{a.Kind}' is no kind of record. Kinds: {string.Join(", ", StatementTargets.Kinds)}.");
        RuleFor(a => a.Id).NotNull().WithMessage("id is required: the record's id.")
            .GreaterThan(0).WithMessage("id is a positive id.");
    }
}
