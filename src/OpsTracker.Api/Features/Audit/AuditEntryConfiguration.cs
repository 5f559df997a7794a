using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsTracker.Api.Features.Audit;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.KeyName).HasMaxLength(200);
        builder.Property(e => e.Resource).HasMaxLength(40);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(10);

        // A record's history; the audit list by time, by key; the deletions feed.
        builder.HasIndex(e => new { e.Resource, e.RecordId });
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.KeyName, e.At });
        builder.HasIndex(e => new { e.Action, e.At });
    }
}
