using FluentValidation;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Events;

public sealed class EventRequestValidator : AbstractValidator<EventRequest>
{
    public EventRequestValidator()
    {
        Include(new EventRecordRequestValidator());
        RuleFor(e => e.Title).NotEmpty().WithMessage("title is required.").MaximumLength(RecordConfigurationExtensions.LongText);
        RuleFor(e => e.Type).NotNull()
            .WithMessage("type is required: coalitionMembership, agreement, campClosure, handover, leadershipChange or other.");
        RuleFor(e => e.ForceIds).ValidIdList("force");
        RuleForEach(e => e.ForceIds).ValidId("force");
    }
}
