using FluentValidation.TestHelper;
using OpsTracker.Api.Features.CampPopulations;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Tests.Validators;

public sealed class PeriodFieldsValidatorTests
{
    private readonly PeriodFieldsValidator _validator = new();

    [Theory]
    [InlineData("2025-10-01", null)]
    [InlineData("2025-10-01", "2025-10-01")]
    [InlineData("2025-10-01", "2025-11-06")]
    public void A_start_date_with_no_end_or_a_later_end_is_valid(string start, string? end)
    {
        var result = _validator.TestValidate(Period(start, end));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void An_end_date_alone_is_a_period_open_at_its_start()
    {
        var result = _validator.TestValidate(Period(null, "2025-11-08"));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void A_period_with_neither_day_is_an_error_on_startDate()
    {
        var result = _validator.TestValidate(Period(null, null));

        result.ShouldHaveValidationErrorFor(p => p.StartDate)
            .WithErrorMessage("startDate is required unless endDate is given (YYYY-MM-DD); give endDate alone for a period open at its start (\"on or before\").");
        result.ShouldNotHaveValidationErrorFor(p => p.EndDate);
    }

    [Theory]
    [InlineData("2025-11-06", "2025-11-05")]
    [InlineData("2025-11-06", "2024-12-31")]
    public void An_end_date_before_the_start_date_is_an_error_on_endDate(string start, string end)
    {
        var result = _validator.TestValidate(Period(start, end));

        result.ShouldHaveValidationErrorFor(p => p.EndDate).WithErrorMessage("endDate cannot be before startDate.");
    }

    [Fact]
    public void A_figure_needs_its_as_of_date()
    {
        var validator = new DatedFigureFieldsValidator();

        var missing = validator.TestValidate(new CampPopulationFigureRequest());
        var given = validator.TestValidate(new CampPopulationFigureRequest { AsOf = new DateOnly(2019, 1, 1) });

        missing.ShouldHaveValidationErrorFor(f => f.AsOf).WithErrorMessage("asOf is required (YYYY-MM-DD).");
        given.ShouldNotHaveAnyValidationErrors();
    }

    private static CasualtyRequest Period(string? start, string? end) => new()
    {
        StartDate = start is null ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        EndDate = end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
    };
}
