using FluentValidation;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Features.Operations;

public sealed class OperationRequestValidator : AbstractValidator<OperationRequest>
{
    public OperationRequestValidator()
    {
        Include(new EventRecordRequestValidator());
        RuleFor(o => o.Title).NotEmpty().WithMessage("title is required.").MaximumLength(RecordConfigurationExtensions.LongText);
        RuleForEach(o => o.ForceIds).GreaterThan(0).WithMessage("A force id is a positive number.");
        RuleFor(o => o.ForceIds)
            .Must(ids => ids!.Distinct().Count() == ids!.Count).When(o => o.ForceIds is not null)
            .WithMessage("A force is listed more than once.");
    }
}
