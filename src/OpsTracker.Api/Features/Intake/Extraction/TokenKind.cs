namespace OpsTracker.Api.Features.Intake.Extraction;

internal enum TokenKind
{
    Word,
    Number,
    Symbol,
}
