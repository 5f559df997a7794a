using FluentValidation;

namespace OpsTracker.Api.Features.Shared;

/// <summary>Aliases of a named record (forces, camps): non-empty, not too long, no repeats.</summary>
public static class AliasRules
{
    public const int MaxAliases = 50;

    public static void ValidAliases<T>(this IRuleBuilder<T, List<string>?> rule) =>
        rule.Must(aliases => aliases is null || aliases.Count <= MaxAliases)
            .WithMessage($"At most {MaxAliases} aliases.")
            .Must(aliases => aliases is null || aliases.Distinct(StringComparer.Ordinal).Count() == aliases.Count)
            .WithMessage("An alias is listed more than once.");

    public static void ValidAlias<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("An alias cannot be empty.")
            .MaximumLength(RecordConfigurationExtensions.ShortText);
}
