using FluentValidation;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Forces;

public sealed class ForceRequestValidator : AbstractValidator<ForceRequest>
{
    public ForceRequestValidator()
    {
        Include(new RecordRequestValidator());
        RuleFor(f => f.Name).NotEmpty().WithMessage("name is required.").MaximumLength(RecordConfigurationExtensions.ShortText);
        RuleFor(f => f.Acronym).MaximumLength(50);
        RuleFor(f => f.Aliases).ValidAliases();
        RuleForEach(f => f.Aliases).ValidAlias();
        RuleFor(f => f.ParentId).GreaterThan(0).WithMessage("parentId is a positive id.");
    }
}
