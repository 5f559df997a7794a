using FluentValidation;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Arrests;

public sealed class ArrestRequestValidator : AbstractValidator<ArrestRequest>
{
    public ArrestRequestValidator()
    {
        Include(new EventRecordRequestValidator());
        RuleFor(a => a.OperationId).GreaterThan(0).WithMessage("operationId is a positive id.");
        RuleFor(a => a.ArrestingForceId).GreaterThan(0).WithMessage("arrestingForceId is a positive id.");
        RuleFor(a => a.PersonIds).ValidIdList("person");
        RuleForEach(a => a.PersonIds).ValidId("person");
        RuleFor(a => a.Count!.Best).Must((arrest, best) => best >= arrest.PersonIds!.Count)
            .When(a => a.PersonIds is { Count: > 0 } && a.Count?.Best is not null)
            .OverridePropertyName("count.best")
            .WithMessage("count.best cannot be less than the number of persons in personIds.");
        RuleFor(a => a.PersonName).MaximumLength(RecordConfigurationExtensions.ShortText);
        RuleFor(a => a.PersonAlias).MaximumLength(RecordConfigurationExtensions.ShortText);
        RuleFor(a => a.PersonRole).MaximumLength(RecordConfigurationExtensions.ShortText);
        RuleFor(a => a.PersonNationality).AssignedCountryCode();

        // A record about one named person counts that one person, exactly.
        When(NamesAPerson, () =>
        {
            RuleFor(a => a.Count!.Best).Equal(1).When(a => a.Count?.Best is not null)
                .OverridePropertyName("count.best")
                .WithMessage("A record that names a person counts one person: count.best must be 1.");
            RuleFor(a => a.Count!.Qualifier)
                .Must(q => q is null or CountQualifier.Exact).When(a => a.Count is not null)
                .OverridePropertyName("count.qualifier")
                .WithMessage("A record that names a person counts exactly one person: qualifier must be exact.");
        });
    }

    private static bool NamesAPerson(ArrestRequest arrest) =>
        !string.IsNullOrWhiteSpace(arrest.PersonName) || !string.IsNullOrWhiteSpace(arrest.PersonAlias);
}
