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
        RuleFor(c => c.OperationId).GreaterThan(0).WithMessage("operationId is a positive id.");
    }
}
