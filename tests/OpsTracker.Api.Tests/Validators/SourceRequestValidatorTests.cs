using FluentValidation.TestHelper;
using OpsTracker.Api.Features.Sources;

namespace OpsTracker.Api.Tests.Validators;

public sealed class SourceRequestValidatorTests
{
    private readonly SourceRequestValidator _validator = new();

    [Theory]
    [InlineData("https://shafaq.com/")]
    [InlineData("http://sarabic.ae/20251113/report.html")]
    [InlineData("https://www.centcom.mil/MEDIA/PRESS-RELEASES/?q=isis&page=2")]
    [InlineData(null)]
    public void An_absolute_http_or_https_url_or_none_is_valid(string? url)
    {
        var result = _validator.TestValidate(Source(url: url));

        result.ShouldNotHaveValidationErrorFor(s => s.Url);
    }

    [Theory]
    [InlineData("ftp://shafaq.com/report")]
    [InlineData("shafaq.com")]
    [InlineData("/en/report")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public void Any_other_url_is_an_error_on_url(string url)
    {
        var result = _validator.TestValidate(Source(url: url));

        result.ShouldHaveValidationErrorFor(s => s.Url).WithErrorMessage("url must be an absolute http or https address.");
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    [InlineData("ar-SY")]
    [InlineData("zh-Hant-TW")]
    [InlineData("ckb")]
    [InlineData(null)]
    public void A_bcp47_language_tag_or_none_is_valid(string? language)
    {
        var result = _validator.TestValidate(Source(language: language));

        result.ShouldNotHaveValidationErrorFor(s => s.Language);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("")]
    [InlineData("ar_SY")]
    [InlineData("ar-")]
    [InlineData("-SY")]
    [InlineData("english!")]
    [InlineData("ar-SYRIANARAB")]
    public void Any_other_language_is_an_error_on_language(string language)
    {
        var result = _validator.TestValidate(Source(language: language));

        result.ShouldHaveValidationErrorFor(s => s.Language).WithErrorMessage("language must be a BCP 47 tag such as 'ar', 'en' or 'ar-SY'.");
    }

    [Fact]
    public void Title_and_publisher_are_required()
    {
        var result = _validator.TestValidate(new SourceRequest());

        result.ShouldHaveValidationErrorFor(s => s.Title).WithErrorMessage("title is required.");
        result.ShouldHaveValidationErrorFor(s => s.Publisher).WithErrorMessage("publisher is required.");
    }

    private static SourceRequest Source(string? url = null, string? language = null) => new()
    {
        Title = "CENTCOM statement",
        Publisher = "US Central Command (CENTCOM)",
        Url = url,
        Language = language,
    };
}
