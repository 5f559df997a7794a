using FluentValidation;

namespace OpsTracker.Api.Features.Shared;

/// <summary>Every record that cites sources cites at least one (in sourceIds or citations), each source once.</summary>
public sealed class CitingRecordRequestValidator : AbstractValidator<CitingRecordRequest>
{
    public CitingRecordRequestValidator()
    {
        Include(new RecordRequestValidator());

        RuleFor(r => r.SourceIds)
            .Must((request, ids) => ids is { Count: > 0 } || request.Citations is { Count: > 0 })
            .WithMessage("Cite at least one source, in sourceIds or in citations.");
        RuleFor(r => r.SourceIds).ValidIdList("source");
        RuleForEach(r => r.SourceIds).ValidId("source");

        RuleFor(r => r.Citations).Must(citations => citations is null || citations.Count <= IdListRules.MaxIds)
            .WithMessage($"List at most {IdListRules.MaxIds} citations.");
        RuleForEach(r => r.Citations).NotNull().WithMessage("A citation is an object with a sourceId.")
            .SetValidator(new CitationRequestValidator());
        RuleFor(r => r.Citations).Custom((citations, context) =>
        {
            if (citations is null || citations.Count > IdListRules.MaxIds)
            {
                return;
            }

            var cited = new HashSet<long>();
            for (var i = 0; i < citations.Count; i++)
            {
                if (citations[i]?.SourceId is { } sourceId && !cited.Add(sourceId))
                {
                    context.AddFailure($"citations[{i}].sourceId", $"Source {sourceId} is cited more than once: cite each source once.");
                }
            }
        });
    }
}
