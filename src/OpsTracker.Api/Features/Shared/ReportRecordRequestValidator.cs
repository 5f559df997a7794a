using FluentValidation;

namespace OpsTracker.Api.Features.Shared;

/// <summary>
/// Every figure cites at least one source (in sourceIds or citations), each source once, and its count follows the
/// count rules. Whether count may be left out (operations and arrests default to one) is each resource's own rule.
/// </summary>
public sealed class ReportRecordRequestValidator : AbstractValidator<ReportRecordRequest>
{
    public ReportRecordRequestValidator()
    {
        Include(new CitingRecordRequestValidator());
        RuleFor(r => r.Count!).SetValidator(new CountRequestValidator()).When(r => r.Count is not null);
    }
}
