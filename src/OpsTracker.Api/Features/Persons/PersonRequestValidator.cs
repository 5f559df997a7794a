using FluentValidation;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Persons;

public sealed class PersonRequestValidator : AbstractValidator<PersonRequest>
{
    /// <summary>More roles than this for one person is a mistake, not a report.</summary>
    public const int MaxRoles = 50;

    public PersonRequestValidator()
    {
        Include(new CitingRecordRequestValidator());
        RuleFor(p => p.Name).NotEmpty().WithMessage("name is required: the name as the report writes it.")
            .MaximumLength(RecordConfigurationExtensions.ShortText);
        RuleFor(p => p.Aliases).ValidAliases();
        RuleForEach(p => p.Aliases).ValidAlias();
        RuleFor(p => p.Nationality).AssignedCountryCode();
        RuleFor(p => p.Roles).Must(roles => roles is null || roles.Count <= MaxRoles).WithMessage($"List at most {MaxRoles} roles.");
        RuleForEach(p => p.Roles).NotNull().WithMessage("A role is an object with a title.").SetValidator(new PersonRoleRequestValidator());
    }
}
