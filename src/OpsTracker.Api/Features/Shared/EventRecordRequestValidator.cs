using FluentValidation;

namespace OpsTracker.Api.Features.Shared;

public sealed class EventRecordRequestValidator : AbstractValidator<EventRecordRequest>
{
    public EventRecordRequestValidator()
    {
        Include(new ReportRecordRequestValidator());
        Include(new PeriodFieldsValidator());
        Include(new PlaceFieldsValidator());
    }
}
