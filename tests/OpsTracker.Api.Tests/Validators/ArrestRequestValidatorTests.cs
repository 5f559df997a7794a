using FluentValidation.TestHelper;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Arrests;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Tests.Validators;

public sealed class ArrestRequestValidatorTests
{
    private const string BestMessage = "A record that names a person counts one person: count.best must be 1.";
    private const string QualifierMessage = "A record that names a person counts exactly one person: qualifier must be exact.";

    private readonly ArrestRequestValidator _validator = new();

    [Theory]
    [InlineData("Bahaa Musiri", null)]
    [InlineData(null, "أبو عبد الرحمن")]
    [InlineData("Bahaa Musiri", "أبو عبد الرحمن")]
    public void A_named_person_counted_as_exactly_one_is_valid(string? name, string? alias)
    {
        var withCount = _validator.TestValidate(Arrest(name, alias, new CountRequest { Best = 1, Qualifier = CountQualifier.Exact }));
        var withoutQualifier = _validator.TestValidate(Arrest(name, alias, new CountRequest { Best = 1 }));
        var withoutCount = _validator.TestValidate(Arrest(name, alias, count: null));

        withCount.ShouldNotHaveAnyValidationErrors();
        withoutQualifier.ShouldNotHaveAnyValidationErrors();
        withoutCount.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("Bahaa Musiri", null, 2, null)]
    [InlineData(null, "أبو عبد الرحمن", 0, CountQualifier.Exact)]
    [InlineData("Bahaa Musiri", null, 19, CountQualifier.Exact)]
    public void A_named_person_counted_as_other_than_one_is_an_error_on_count_best(string? name, string? alias, int best, CountQualifier? qualifier)
    {
        var result = _validator.TestValidate(Arrest(name, alias, new CountRequest { Best = best, Qualifier = qualifier }));

        result.ShouldHaveValidationErrorFor("count.best").WithErrorMessage(BestMessage);
    }

    [Theory]
    [InlineData(CountQualifier.Approximately)]
    [InlineData(CountQualifier.AtLeast)]
    [InlineData(CountQualifier.MoreThan)]
    [InlineData(CountQualifier.AtMost)]
    [InlineData(CountQualifier.LessThan)]
    public void A_named_person_counted_with_a_qualifier_other_than_exact_is_an_error_on_count_qualifier(CountQualifier qualifier)
    {
        var result = _validator.TestValidate(Arrest(null, "أبو عبد الرحمن", new CountRequest { Best = 1, Qualifier = qualifier }));

        result.ShouldHaveValidationErrorFor("count.qualifier").WithErrorMessage(QualifierMessage);
        result.ShouldNotHaveValidationErrorFor("count.best");
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("  ", null)]
    public void A_record_without_a_named_person_may_count_many(string? name, string? alias)
    {
        var result = _validator.TestValidate(Arrest(name, alias, new CountRequest { Best = 19, Qualifier = CountQualifier.AtLeast }));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Nationality_must_be_an_upper_case_country_code()
    {
        var lower = _validator.TestValidate(new ArrestRequest { SourceIds = [1], StartDate = new DateOnly(2025, 11, 8), Country = "SY", PersonNationality = "iq" });
        var upper = _validator.TestValidate(new ArrestRequest { SourceIds = [1], StartDate = new DateOnly(2025, 11, 8), Country = "SY", PersonNationality = "IQ" });

        lower.ShouldHaveValidationErrorFor(a => a.PersonNationality);
        upper.ShouldNotHaveAnyValidationErrors();
    }

    private static ArrestRequest Arrest(string? name, string? alias, CountRequest? count) => new()
    {
        SourceIds = [1],
        StartDate = new DateOnly(2025, 11, 8),
        Country = "SY",
        PersonName = name,
        PersonAlias = alias,
        Count = count,
    };
}
