using FluentValidation;

namespace OpsTracker.Api.Features.Shared;

/// <summary>
/// Every figure cites at least one source, and its count follows the count rules. Whether count may be left out
/// (operations and arrests default to one) is each resource's own rule.
/// </summary>
public sealed class ReportRecordRequestValidator : AbstractValidator<ReportRecordRequest>
{
    public ReportRecordRequestValidator()
    {
        Include(new RecordRequestValidator());

        RuleFor(r => r.SourceIds).NotEmpty().WithMessage("Cite at least one source in sourceIds.");
        RuleFor(r => r.SourceIds).ValidIdList("source");
        RuleForEach(r => r.SourceIds).ValidId("source");

        RuleFor(r => r.Count!).SetValidator(new CountRequestValidator()).When(r => r.Count is not null);
    }
}
