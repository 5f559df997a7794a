using OpsTracker.Api.Features.Operations;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>A word or phrase that says what kind of fact a figure is.</summary>
internal sealed record Trigger(FactRole Role, TriggerPosition Position, OperationType? OperationType = null, string? TransferKind = null)
{
    /// <summary>Only right by its figure ("عودة ٤٥ أسرة"): further away the word has other senses ("عودة الإرهاب").</summary>
    public bool Close { get; init; }
}
