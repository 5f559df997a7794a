using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpsTracker.Api.Domain;

namespace OpsTracker.Api.RecordEngine.Statuses;

/// <summary>
/// A record table whose records cite sources and have a status, with its citations' link table and that table's record
/// id column; <paramref name="HasCount"/> is false for a table of records without a figure (statements, persons), whose
/// citations cannot contest one; <paramref name="PartsConflictSql"/> is the SQL condition under which a record's own
/// parts contest it (a person's roles, <see cref="IConflictingParts"/>), or null.
/// </summary>
public sealed record CitingTable(string Table, string LinkTable, string RecordIdColumn, bool HasCount = true, string? PartsConflictSql = null)
{
    /// <summary>Every such table of the model, found from its records' citations: nothing is listed per kind.</summary>
    public static IReadOnlyList<CitingTable> In(IModel model) =>
        model.GetEntityTypes()
            .Where(type => !type.IsOwned() && typeof(IStatusRecord).IsAssignableFrom(type.ClrType) && typeof(ICitedRecord).IsAssignableFrom(type.ClrType))
            .Select(type =>
            {
                // The record's own citations (ICitingRecord<TLink>), not those of its parts (a person's roles).
                var linkClrType = type.ClrType.GetInterfaces()
                    .Single(face => face.IsGenericType && face.GetGenericTypeDefinition() == typeof(ICitingRecord<>))
                    .GetGenericArguments()[0];
                var links = type.GetNavigations().Single(navigation => navigation.TargetEntityType.ClrType == linkClrType);
                var linkType = links.TargetEntityType;
                var ownerColumn = links.ForeignKey.Properties.Single().GetColumnName(StoreObjectIdentifier.Table(linkType.GetTableName()!));
                var table = type.GetTableName()!;
                return new CitingTable(table, linkType.GetTableName()!, ownerColumn!, typeof(ReportRecordEntity).IsAssignableFrom(type.ClrType),
                    PartsConflictOf(type.ClrType, table));
            })
            .OrderBy(table => table.Table, StringComparer.Ordinal)
            .ToList();

    private static string? PartsConflictOf(Type recordType, string table) =>
        typeof(IConflictingParts).IsAssignableFrom(recordType)
            ? (string)recordType.GetMethod(nameof(IConflictingParts.PartsConflictSql), BindingFlags.Public | BindingFlags.Static, [typeof(string)])!
                .Invoke(null, [table])!
            : null;
}
