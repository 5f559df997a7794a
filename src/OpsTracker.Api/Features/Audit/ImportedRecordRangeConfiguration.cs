using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsTracker.Api.Features.Audit;

public sealed class ImportedRecordRangeConfiguration : IEntityTypeConfiguration<ImportedRecordRange>
{
    public void Configure(EntityTypeBuilder<ImportedRecordRange> builder)
    {
        builder.ToTable("ImportedRecordRanges");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Resource).HasMaxLength(40);
        builder.HasOne<AuditEntry>().WithMany().HasForeignKey(e => e.AuditEntryId).OnDelete(DeleteBehavior.Restrict);

        // A record's history looks up the range holding its id.
        builder.HasIndex(e => new { e.Resource, e.FirstId });
    }
}
