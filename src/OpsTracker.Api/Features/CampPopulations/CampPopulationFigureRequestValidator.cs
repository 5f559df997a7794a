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
        RuleForEach(c => c.CampIds).GreaterThan(0).WithMessage("A camp id is a positive number.");
        RuleFor(c => c.CampIds)
            .Must(ids => ids!.Distinct().Count() == ids!.Count).When(c => c.CampIds is not null)
            .WithMessage("A camp is listed more than once.");
    }
}
