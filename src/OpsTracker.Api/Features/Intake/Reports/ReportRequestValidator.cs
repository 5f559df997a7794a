using System.Text;
using FluentValidation;
using OpsTracker.Api.Features.Sources;

namespace OpsTracker.Api.Features.Intake.Reports;

public sealed class ReportRequestValidator : AbstractValidator<ReportRequest>
{
    /// <summary>The largest text, in UTF-8 bytes: a long report is tens of kilobytes.</summary>
    public const int MaxTextBytes = 1024 * 1024;

    public ReportRequestValidator()
    {
        RuleFor(r => r.SourceId)
            .NotNull().WithMessage("Give sourceId (a stored source) or source (a new one to store).")
            .When(r => r.Source is null, ApplyConditionTo.CurrentValidator);
        RuleFor(r => r.SourceId)
            .Null().WithMessage("Give sourceId or source, not both.")
            .When(r => r.Source is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(r => r.SourceId)
            .GreaterThan(0).WithMessage("sourceId must be a positive id.")
            .When(r => r.SourceId is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(r => r.Source!).SetValidator(new SourceRequestValidator()).When(r => r.Source is not null);
        RuleFor(r => r.Text)
            .Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("text is required: the report's text, not empty or only spaces.")
            .Must(text => text is null || Encoding.UTF8.GetByteCount(text) <= MaxTextBytes)
            .WithMessage($"text is longer than {MaxTextBytes} bytes of UTF-8; split the report into parts, each a source of its own.");
        RuleFor(r => r.Language)
            .Matches(SourceRequestValidator.LanguageTag()).When(r => r.Language is not null)
            .WithMessage("language must be a BCP 47 tag such as 'ar', 'en' or 'ar-SY'.");
    }
}
