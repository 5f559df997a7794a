using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsTracker.Api.Features.Stats;

/// <summary>
/// The table only; its rows and the triggers that keep them are made by the RunningTotals migration, in SQL,
/// with the same bound rules as <see cref="CountAggregation"/>.
/// </summary>
public sealed class RunningTotalConfiguration : IEntityTypeConfiguration<RunningTotal>
{
    public void Configure(EntityTypeBuilder<RunningTotal> builder)
    {
        builder.ToTable("RunningTotals");
        builder.HasKey(t => t.Metric);
        builder.Property(t => t.Metric).HasMaxLength(20);
    }
}
