using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpsTracker.Api.Domain;

namespace OpsTracker.Api.RecordEngine.Statuses;

/// <summary>
/// A record table whose records cite sources and have a status, with its citations' link table and that table's record
/// id column; <paramref name="HasCount"/> is false for a table of records without a figure (statements), whose
/// citations cannot contest one.
/// </summary>
public sealed record CitingTable(string Table, string LinkTable, string RecordIdColumn, bool HasCount = true)
{
    /// <summary>Every such table of the model, found from its report records' citations: nothing is listed per kind.</summary>
    public static IReadOnlyList<CitingTable> In(IModel model) =>
        model.GetEntityTypes()
            .Where(type => !type.IsOwned() && typeof(IStatusRecord).IsAssignableFrom(type.ClrType) && typeof(ICitedRecord).IsAssignableFrom(type.ClrType))
            .Select(type =>
            {
                var links = type.GetNavigations().Single(navigation => typeof(SourceLink).IsAssignableFrom(navigation.TargetEntityType.ClrType));
                var linkType = links.TargetEntityType;
                var ownerColumn = links.ForeignKey.Properties.Single().GetColumnName(StoreObjectIdentifier.Table(linkType.GetTableName()!));
                return new CitingTable(type.GetTableName()!, linkType.GetTableName()!, ownerColumn!, typeof(ReportRecordEntity).IsAssignableFrom(type.ClrType));
            })
            .OrderBy(table => table.Table, StringComparer.Ordinal)
            .ToList();
}
