using System.Reflection;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.Features.Statements;

/// <summary>
/// What a statement's <c>about</c> may name: a record of any kind of <see cref="ResourceRegistration"/>, by the kind's
/// path, so a kind registered later is a target without a change here. A link must name a live record when it is made;
/// a link the statement already holds stays as it was made when its target is deleted later.
/// </summary>
public static class StatementTargets
{
    private static readonly MethodInfo LiveIdsMethod = typeof(StatementTargets).GetMethod(nameof(LiveIdsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly Dictionary<string, Target> ByKind = ResourceRegistration.Definitions()
        .ToDictionary(definition => definition.Path, definition => new Target(definition.SingularName, LiveIdsMethod.MakeGenericMethod(definition.EntityType)), StringComparer.Ordinal);

    /// <summary>The kinds' paths, in registration order.</summary>
    public static IReadOnlyList<string> Kinds => ResourceRegistration.Paths;

    public static bool IsKind(string kind) => ByKind.ContainsKey(kind);

    /// <summary>
    /// Adds an error on <c>about[i].id</c> for each link, new to the statement, whose target is missing or deleted,
    /// and for a statement named as about itself. <paramref name="statementId"/> is null for a new statement.
    /// </summary>
    public static async Task CheckAsync(OpsTrackerDbContext db, List<StatementAboutRequest>? about, long? statementId, string statementsKind,
        ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (about is not { Count: > 0 })
        {
            return;
        }

        var kept = statementId is { } id
            ? (await db.Set<Statement>().Where(s => s.Id == id).SelectMany(s => s.AboutLinks.Select(link => new { link.Kind, link.TargetId }))
                .ToListAsync(cancellationToken)).Select(link => (link.Kind, link.TargetId)).ToHashSet()
            : [];
        var toCheck = about
            .Select((link, index) => (Index: index, Kind: link.Kind!, Id: link.Id!.Value))
            .Where(link => !kept.Contains((link.Kind, link.Id)))
            .ToList();
        foreach (var link in toCheck.Where(link => link.Kind == statementsKind && link.Id == statementId))
        {
            errors.Add($"about[{link.Index}].id", "A statement cannot be about itself.");
        }

        foreach (var ofKind in toCheck.GroupBy(link => link.Kind))
        {
            var target = ByKind[ofKind.Key];
            var live = (await (Task<List<long>>)target.LiveIds.Invoke(null, [db, ofKind.Select(link => link.Id).Distinct().ToList(), cancellationToken])!).ToHashSet();
            foreach (var link in ofKind.Where(link => !live.Contains(link.Id)))
            {
                errors.Add($"about[{link.Index}].id", $"There is no {target.SingularName} with id {link.Id}.");
            }
        }
    }

    private static Task<List<long>> LiveIdsAsync<TEntity>(OpsTrackerDbContext db, List<long> ids, CancellationToken cancellationToken)
        where TEntity : RecordEntity =>
        db.Set<TEntity>().Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);

    private sealed record Target(string SingularName, MethodInfo LiveIds);
}
