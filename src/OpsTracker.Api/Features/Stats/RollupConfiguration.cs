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

        // The totals' reads (RollupTotals) filter by country and a range of start months, and group by metric and
        // status (a summary) or read one metric (a time series); they name every metric and status, and read every
        // other column. An index holding all of them, the metric and status before the months, answers them from one
        // contiguous stretch of itself per metric and status, already in the summary's groups, without a look-up of
        // each row in the table, and a list's count with dates likewise; with the months before the metric and status,
        // every metric's and status's rows of the range were read and then sorted into groups.
        builder.HasIndex(r => new
        {
            r.Country,
            r.Metric,
            r.Status,
            r.StartMonth,
            r.EndMonth,
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
