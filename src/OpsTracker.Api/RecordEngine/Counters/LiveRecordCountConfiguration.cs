using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsTracker.Api.RecordEngine.Counters;

/// <summary>The table only; its rows and the triggers that keep them are made by the LiveRecordCounts migration, in SQL.</summary>
public sealed class LiveRecordCountConfiguration : IEntityTypeConfiguration<LiveRecordCount>
{
    public void Configure(EntityTypeBuilder<LiveRecordCount> builder)
    {
        builder.ToTable("LiveRecordCounts");
        builder.HasKey(c => c.Table);
        builder.Property(c => c.Table).HasMaxLength(40);
    }
}
