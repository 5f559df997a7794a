using FluentValidation;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.DetaineeFigures;

public sealed class DetaineeFigureRequestValidator : AbstractValidator<DetaineeFigureRequest>
{
    public DetaineeFigureRequestValidator()
    {
        Include(new ReportRecordRequestValidator());
        Include(new DatedFigureFieldsValidator());
        Include(new PlaceFieldsValidator());
        RuleFor(d => d.Count).NotNull().WithMessage("count is required.");
        RuleFor(d => d.Facility).NotEmpty().WithMessage("facility is required.").MaximumLength(RecordConfigurationExtensions.ShortText);
        RuleFor(d => d.CustodianForceId).GreaterThan(0).WithMessage("custodianForceId is a positive id.");
    }
}
