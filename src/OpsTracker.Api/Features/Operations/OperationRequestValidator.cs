using FluentValidation;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Operations;

public sealed class OperationRequestValidator : AbstractValidator<OperationRequest>
{
    public OperationRequestValidator()
    {
        Include(new EventRecordRequestValidator());
        RuleFor(o => o.Title).NotEmpty().WithMessage("title is required.").MaximumLength(RecordConfigurationExtensions.LongText);
        RuleFor(o => o.Outcome)
            .Null()
            .When(o => o.Type is not { } type || !OperationSides.InsurgentTypes.Contains(type))
            .WithMessage("outcome is for attacks by insurgent groups only: type attack, ambush, bombing, assassination or plot.");
        RuleFor(o => o.ForceIds).ValidIdList("force");
        RuleForEach(o => o.ForceIds).ValidId("force");
    }
}
