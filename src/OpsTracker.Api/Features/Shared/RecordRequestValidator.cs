using FluentValidation;

namespace OpsTracker.Api.Features.Shared;

public sealed class RecordRequestValidator : AbstractValidator<RecordRequest>
{
    public RecordRequestValidator()
    {
        RuleFor(r => r.ExternalId)
            .NotEmpty().When(r => r.ExternalId is not null).WithMessage("externalId cannot be empty; leave it out instead.")
            .MaximumLength(RecordConfigurationExtensions.ExternalIdLength);
        RuleFor(r => r.Notes).MaximumLength(RecordConfigurationExtensions.LongText);
        RuleFor(r => r).Custom(StorableText.Check);
    }
}
