using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsTracker.Api.RecordEngine.Counters;

/// <summary>The table only; its rows and the triggers that keep them are made by the LongestPeriods migration, in SQL.</summary>
public sealed class LongestPeriodConfiguration : IEntityTypeConfiguration<LongestPeriod>
{
    public void Configure(EntityTypeBuilder<LongestPeriod> builder)
    {
        builder.ToTable("LongestPeriods");
        builder.HasKey(p => p.Table);
        builder.Property(p => p.Table).HasMaxLength(40);
    }
}
