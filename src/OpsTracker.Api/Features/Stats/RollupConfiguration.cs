using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsTracker.Api.Features.Stats;

/// <summary>The table only; the triggers that keep its rows are made by the Rollups migration, in SQL.</summary>
public sealed class RollupConfiguration : IEntityTypeConfiguration<Rollup>
{
    public void Configure(EntityTypeBuilder<Rollup> builder)
    {
        builder.ToTable("Rollups");
        builder.HasKey(r => new { r.Metric, r.Country, r.Region, r.Affiliation, r.StartMonth, r.EndMonth, r.Status });

        // The totals' reads (RollupTotals) filter by country and a range of start months, and read every other column:
        // an index holding all of them in that order answers them from one contiguous stretch of itself, without a
        // look-up of each row in the table (whose key leads with the metric, which the summary does not filter).
        builder.HasIndex(r => new
        {
            r.Country,
            r.StartMonth,
            r.EndMonth,
            r.Metric,
            r.Status,
            r.Region,
            r.Affiliation,
            r.Records,
            r.Best,
            r.Low,
            r.High,
            r.Unbounded,
        }).HasDatabaseName("IX_Rollups_Totals");

        // A list's count (RollupCounts) filters by country and, for casualties, affiliation, then by metric, status
        // and region, over every month: in the totals index that is every month of the country (about 40,000 rows
        // of a million records' rollups, 8 ms); in this one, the stretch of the country and affiliation (1 ms).
        builder.HasIndex(r => new
        {
            r.Country,
            r.Affiliation,
            r.Metric,
            r.Status,
            r.Region,
            r.StartMonth,
            r.EndMonth,
            r.Records,
        }).HasDatabaseName("IX_Rollups_Counts");
        builder.Property(r => r.Metric).HasMaxLength(20);
        builder.Property(r => r.Country).HasMaxLength(2);
        builder.Property(r => r.Region).HasMaxLength(200);
        builder.Property(r => r.Affiliation).HasMaxLength(30);
        builder.Property(r => r.Status).HasMaxLength(20);
    }
}
