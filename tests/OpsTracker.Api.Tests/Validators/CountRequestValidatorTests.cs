using FluentValidation.TestHelper;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Tests.Validators;

public sealed class CountRequestValidatorTests
{
    private readonly CountRequestValidator _validator = new();

    [Theory]
    [InlineData(0, null, null, null)]
    [InlineData(5, null, null, CountQualifier.Exact)]
    [InlineData(5, 5, 5, CountQualifier.Exact)]
    [InlineData(5, 5, null, null)]
    [InlineData(30000, null, null, CountQualifier.Approximately)]
    [InlineData(30000, 25000, 35000, CountQualifier.Approximately)]
    [InlineData(19, null, null, CountQualifier.AtLeast)]
    [InlineData(19, 10, null, CountQualifier.AtLeast)]
    [InlineData(22, null, null, CountQualifier.MoreThan)]
    [InlineData(22, 22, null, CountQualifier.MoreThan)]
    [InlineData(40, null, null, CountQualifier.AtMost)]
    [InlineData(40, 0, 40, CountQualifier.AtMost)]
    [InlineData(40, null, 100, CountQualifier.LessThan)]
    [InlineData(2750, 2500, 3000, CountQualifier.Range)]
    [InlineData(2500, 2500, 2500, CountQualifier.Range)]
    public void A_count_whose_bounds_fit_its_qualifier_is_valid(int best, int? low, int? high, CountQualifier? qualifier)
    {
        var result = _validator.TestValidate(new CountRequest { Best = best, Low = low, High = high, Qualifier = qualifier });

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(null, null, null, null, "Best", "best is required.")]
    [InlineData(-1, null, null, null, "Best", "best cannot be negative.")]
    [InlineData(0, -1, null, CountQualifier.Approximately, "Low", "low cannot be negative.")]
    [InlineData(0, null, -1, CountQualifier.AtMost, "High", "high cannot be negative.")]
    [InlineData(5, 6, null, CountQualifier.Approximately, "Low", "low cannot be greater than best.")]
    [InlineData(5, null, 4, CountQualifier.Approximately, "High", "high cannot be less than best.")]
    [InlineData(5, 6, 10, CountQualifier.Range, "Low", "low cannot be greater than best.")]
    [InlineData(5, null, 6, CountQualifier.Range, "Low", "A range needs low.")]
    [InlineData(5, 4, null, CountQualifier.Range, "High", "A range needs high.")]
    [InlineData(5, 4, null, CountQualifier.Exact, "Low", "An exact count has no low bound apart from best; use another qualifier.")]
    [InlineData(5, 4, null, null, "Low", "An exact count has no low bound apart from best; use another qualifier.")]
    [InlineData(5, null, 6, CountQualifier.Exact, "High", "An exact count has no high bound apart from best; use another qualifier.")]
    [InlineData(5, null, 6, null, "High", "An exact count has no high bound apart from best; use another qualifier.")]
    [InlineData(5, null, 6, CountQualifier.AtLeast, "High", "atLeast and moreThan have no upper bound; use range for a figure with both bounds.")]
    [InlineData(5, null, 5, CountQualifier.MoreThan, "High", "atLeast and moreThan have no upper bound; use range for a figure with both bounds.")]
    public void A_count_that_breaks_a_rule_has_an_error_on_that_field(
        int? best, int? low, int? high, CountQualifier? qualifier, string field, string message)
    {
        var result = _validator.TestValidate(new CountRequest { Best = best, Low = low, High = high, Qualifier = qualifier });

        result.ShouldHaveValidationErrorFor(field).WithErrorMessage(message);
    }

    [Fact]
    public void A_range_without_either_bound_has_an_error_on_each()
    {
        var result = _validator.TestValidate(new CountRequest { Best = 5, Qualifier = CountQualifier.Range });

        result.ShouldHaveValidationErrorFor(c => c.Low).WithErrorMessage("A range needs low.");
        result.ShouldHaveValidationErrorFor(c => c.High).WithErrorMessage("A range needs high.");
    }

    [Fact]
    public void A_count_left_without_qualifier_becomes_an_exact_count()
    {
        var count = new CountRequest { Best = 5 }.ToDomain();

        Assert.Equal(CountQualifier.Exact, count.Qualifier);
        Assert.Equal(5, count.Best);
        Assert.Null(count.Low);
        Assert.Null(count.High);
    }
}
