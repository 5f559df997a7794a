using FluentValidation;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Operations;

public sealed class OperationRequestValidator : AbstractValidator<OperationRequest>
{
    public OperationRequestValidator()
    {
        Include(new EventRecordRequestValidator());
        RuleFor(o => o.Title).NotEmpty().WithMessage("title is required.").MaximumLength(RecordConfigurationExtensions.LongText);
        RuleFor(o => o.ForceIds).ValidIdList("force");
        RuleForEach(o => o.ForceIds).ValidId("force");
    }
}
