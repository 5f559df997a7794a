using FluentValidation;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Casualties;

public sealed class CasualtyRequestValidator : AbstractValidator<CasualtyRequest>
{
    public CasualtyRequestValidator()
    {
        Include(new EventRecordRequestValidator());
        RuleFor(c => c.Count).NotNull().WithMessage("count is required.");
        RuleFor(c => c.Affiliation).NotNull().WithMessage("affiliation is required.");
        RuleFor(c => c.Outcome).NotNull().WithMessage("outcome is required (killed or wounded).");
        RuleFor(c => c.PersonIds).ValidIdList("person");
        RuleForEach(c => c.PersonIds).ValidId("person");
        RuleFor(c => c.Count!.Best).Must((casualty, best) => best >= casualty.PersonIds!.Count)
            .When(c => c.PersonIds is { Count: > 0 } && c.Count?.Best is not null)
            .OverridePropertyName("count.best")
            .WithMessage("count.best cannot be less than the number of persons in personIds.");
        RuleFor(c => c.OperationId).GreaterThan(0).WithMessage("operationId is a positive id.");
    }
}
