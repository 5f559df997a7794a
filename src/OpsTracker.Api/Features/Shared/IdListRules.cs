using FluentValidation;

namespace OpsTracker.Api.Features.Shared;

/// <summary>
/// Lists of ids that name other records (sourceIds, forceIds, campIds): positive, no repeats, and short enough
/// to check in one database query (SQLite refuses statements with more than 32,766 parameters).
/// </summary>
public static class IdListRules
{
    public const int MaxIds = 1000;

    public static void ValidIdList<T>(this IRuleBuilder<T, List<long>?> rule, string targetName) =>
        rule.Must(ids => ids is null || ids.Count <= MaxIds)
            .WithMessage($"List at most {MaxIds} {targetName}s.")
            .Must(ids => ids is null || ids.Count > MaxIds || ids.Distinct().Count() == ids.Count)
            .WithMessage($"A {targetName} is listed more than once.");

    public static void ValidId<T>(this IRuleBuilder<T, long> rule, string targetName) =>
        rule.GreaterThan(0).WithMessage($"A {targetName} id is a positive number.");
}
