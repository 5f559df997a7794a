using FluentValidation;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Statements;

public sealed class StatementRequestValidator : AbstractValidator<StatementRequest>
{
    /// <summary>More links than this for one statement is a mistake, not a report.</summary>
    public const int MaxAbout = 100;

    public StatementRequestValidator()
    {
        Include(new CitingRecordRequestValidator());
        RuleFor(s => s.PersonId).GreaterThan(0).WithMessage("personId is a positive id.");
        RuleFor(s => s.ForceId).GreaterThan(0).WithMessage("forceId is a positive id.");
        RuleFor(s => s.DatePrecision).Null().When(s => s.MadeOn is null)
            .WithMessage("datePrecision says how precisely madeOn is known: give madeOn with it, or leave both out.");
        RuleFor(s => s.Quote).MaximumLength(RecordConfigurationExtensions.QuoteLength);
        RuleFor(s => s.Summary).MaximumLength(RecordConfigurationExtensions.LongText);

        // Words with no one to say them are no statement: without a speaker the quote is the statement, and a
        // citation must say whom the report credits it to ("التقارير السنوية").
        RuleFor(s => s.Quote)
            .Must(quote => !string.IsNullOrWhiteSpace(quote))
            .When(s => !HasSpeaker(s))
            .WithMessage("A statement names its speaker (personId or forceId) or, where the report names none, gives its words (quote).");
        RuleFor(s => s.Citations)
            .Must(citations => citations is not null && citations.Any(citation => citation?.AttributedTo is not null))
            .When(s => !HasSpeaker(s) && !string.IsNullOrWhiteSpace(s.Quote))
            .WithMessage("A statement without personId or forceId needs a citation whose attributedTo says whom the source credits the words to.");

        RuleFor(s => s.About).Must(about => about is null || about.Count <= MaxAbout).WithMessage($"List at most {MaxAbout} records in about.");
        RuleForEach(s => s.About).NotNull().WithMessage("An about entry is an object with a kind and an id.")
            .SetValidator(new StatementAboutRequestValidator());
        RuleFor(s => s.About).Custom((about, context) =>
        {
            var seen = new HashSet<(string, long)>();
            for (var i = 0; i < (about?.Count ?? 0); i++)
            {
                if (about![i] is { Kind: { } kind, Id: { } id } && !seen.Add((kind, id)))
                {
                    context.AddFailure($"about[{i}]", $"{kind} {id} is listed more than once: list each record once.");
                }
            }
        });
    }

    private static bool HasSpeaker(StatementRequest statement) => statement.PersonId is not null || statement.ForceId is not null;
}
