using System.Text.RegularExpressions;
using FluentValidation;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Sources;

public sealed partial class SourceRequestValidator : AbstractValidator<SourceRequest>
{
    public SourceRequestValidator()
    {
        Include(new RecordRequestValidator());
        RuleFor(s => s.Title).NotEmpty().WithMessage("title is required.").MaximumLength(RecordConfigurationExtensions.LongText);
        RuleFor(s => s.Publisher).NotEmpty().WithMessage("publisher is required.").MaximumLength(RecordConfigurationExtensions.ShortText);
        RuleFor(s => s.Url)
            .Must(BeAbsoluteHttpUrl).When(s => s.Url is not null)
            .WithMessage("url must be an absolute http or https address.")
            .MaximumLength(2048);
        RuleFor(s => s.Language)
            .Matches(LanguageTag()).When(s => s.Language is not null)
            .WithMessage("language must be a BCP 47 tag such as 'ar', 'en' or 'ar-SY'.");
        RuleFor(s => s.Author)
            .Must(author => !string.IsNullOrWhiteSpace(author)).When(s => s.Author is not null)
            .WithMessage("author cannot be empty; leave it out instead.")
            .MaximumLength(RecordConfigurationExtensions.ShortText);
        RuleFor(s => s.ArchiveUrl)
            .Must(BeAbsoluteHttpUrl).When(s => s.ArchiveUrl is not null)
            .WithMessage("archiveUrl must be an absolute http or https address.")
            .MaximumLength(2048);
        RuleFor(s => s.RelaysSourceIds).ValidIdList("source");
        RuleForEach(s => s.RelaysSourceIds).ValidId("source");
    }

    private static bool BeAbsoluteHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    // Well-formed BCP 47: a 2-3 letter primary language (or 4-8 registered), then subtags of 1-8 letters or digits.
    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    internal static partial Regex LanguageTag();
}
