using FluentValidation;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.CampPopulations;

public sealed class CampPopulationFigureRequestValidator : AbstractValidator<CampPopulationFigureRequest>
{
    public CampPopulationFigureRequestValidator()
    {
        Include(new ReportRecordRequestValidator());
        Include(new DatedFigureFieldsValidator());
        RuleFor(c => c.Count).NotNull().WithMessage("count is required.");
        RuleFor(c => c.CampIds).NotEmpty().WithMessage("Name at least one camp in campIds.");
        RuleFor(c => c.CampIds).ValidIdList("camp");
        RuleForEach(c => c.CampIds).ValidId("camp");
    }
}
