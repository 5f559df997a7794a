using FluentValidation;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Persons;

public sealed class PersonRoleRequestValidator : AbstractValidator<PersonRoleRequest>
{
    public PersonRoleRequestValidator()
    {
        RuleFor(r => r.Title).NotEmpty().WithMessage("title is required: the rank or post as the source words it.")
            .MaximumLength(RecordConfigurationExtensions.ShortText);
        RuleFor(r => r.ForceId).GreaterThan(0).WithMessage("forceId is a positive id.");
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From!.Value).When(r => r.From is not null && r.To is not null)
            .WithMessage("to cannot be before from.");
        RuleFor(r => r.Citations).Must(citations => citations is null || citations.Count <= IdListRules.MaxIds)
            .WithMessage($"List at most {IdListRules.MaxIds} citations.");
        RuleForEach(r => r.Citations).NotNull().WithMessage("A citation is an object with a sourceId.")
            .SetValidator(new CitationRequestValidator());
        RuleFor(r => r.Citations).Custom((citations, context) =>
        {
            var cited = new HashSet<long>();
            for (var i = 0; i < (citations?.Count ?? 0); i++)
            {
                if (citations![i]?.SourceId is { } sourceId && !cited.Add(sourceId))
                {
                    context.AddFailure($"citations[{i}].sourceId", $"Source {sourceId} is cited more than once: cite each source once.");
                }
            }
        });
    }
}
