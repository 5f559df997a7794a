using FluentValidation;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Transfers;

public sealed class TransferRequestValidator : AbstractValidator<TransferRequest>
{
    /// <summary>The field a transfer from nowhere is refused on: the from side as a whole.</summary>
    public const string FromField = "from";

    public TransferRequestValidator()
    {
        Include(new ReportRecordRequestValidator());
        Include(new PeriodFieldsValidator());
        RuleFor(t => t.Count).NotNull().WithMessage("count is required.");
        RuleFor(t => t.Kind).NotNull().WithMessage("kind is required: repatriation, detaineeTransfer, release or escape.");
        RuleFor(t => t.FromCampIds).ValidIdList("camp");
        RuleForEach(t => t.FromCampIds).ValidId("camp");
        RuleFor(t => t.FromFacility).MaximumLength(RecordConfigurationExtensions.ShortText);
        RuleFor(t => t.FromForceId).GreaterThan(0).WithMessage("fromForceId is a positive id.");
        RuleFor(t => t.ToForceId).GreaterThan(0).WithMessage("toForceId is a positive id.");
        RuleFor(t => t.FromCountry).AssignedCountryCode();
        RuleFor(t => t.ToCountry).AssignedCountryCode();
        RuleFor(t => t)
            .Must(HasOrigin)
            .OverridePropertyName(FromField)
            .WithMessage("A transfer comes from somewhere: give fromCampIds, fromFacility, fromForceId or fromCountry.");
    }

    private static bool HasOrigin(TransferRequest transfer) =>
        transfer.FromCampIds is { Count: > 0 }
        || !string.IsNullOrWhiteSpace(transfer.FromFacility)
        || transfer.FromForceId is not null
        || transfer.FromCountry is not null;
}
