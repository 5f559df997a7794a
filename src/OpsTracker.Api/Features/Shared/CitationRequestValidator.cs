using FluentValidation;
using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Shared;

/// <summary>
/// A citation names its source; its quote, when given, is text of at most 2,000 characters; its credibility is a grade
/// of 1 to 6; its attribution names someone; its own count follows the count rules.
/// </summary>
public sealed class CitationRequestValidator : AbstractValidator<CitationRequest>
{
    public CitationRequestValidator()
    {
        RuleFor(c => c.SourceId).NotNull().WithMessage("sourceId is required: the source cited.")
            .GreaterThan(0).WithMessage("A source id is a positive number.");
        RuleFor(c => c.Quote)
            .Must(quote => !string.IsNullOrWhiteSpace(quote)).When(c => c.Quote is not null)
            .WithMessage("A quote is the passage's text; leave quote out rather than sending it empty.")
            .MaximumLength(RecordConfigurationExtensions.QuoteLength)
            .WithMessage($"A quote is at most {RecordConfigurationExtensions.QuoteLength} characters: the passage, not the whole report.");
        RuleFor(c => c.Locator)
            .Must(locator => !string.IsNullOrWhiteSpace(locator)).When(c => c.Locator is not null)
            .WithMessage("Leave locator out rather than sending it empty.")
            .MaximumLength(RecordConfigurationExtensions.ShortText);
        RuleFor(c => c.Credibility).InclusiveBetween(1, SourceLink.DefaultCredibility)
            .WithMessage("credibility is a grade of 1 (confirmed) to 6 (cannot be judged).");
        RuleFor(c => c.AttributedTo)
            .Must(a => a is null || a.ForceId is not null || a.Text is not null)
            .WithMessage("Name a forceId, a text or both; leave attributedTo out when the source attributes the claim to nobody.");
        RuleFor(c => c.AttributedTo!).ChildRules(attribution =>
        {
            attribution.RuleFor(a => a.ForceId).GreaterThan(0).WithMessage("A force id is a positive number.");
            attribution.RuleFor(a => a.Text)
                .Must(text => !string.IsNullOrWhiteSpace(text)).When(a => a.Text is not null)
                .WithMessage("Leave text out rather than sending it empty.")
                .MaximumLength(RecordConfigurationExtensions.ShortText);
        }).When(c => c.AttributedTo is not null);
        RuleFor(c => c.Count!).SetValidator(new CountRequestValidator()).When(c => c.Count is not null);
    }
}
