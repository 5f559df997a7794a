using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsTracker.Api.Features.Intake.Reports;

public sealed class ReportDraftConfiguration : IEntityTypeConfiguration<ReportDraft>
{
    public void Configure(EntityTypeBuilder<ReportDraft> builder)
    {
        builder.ToTable("ReportDrafts");
        builder.HasKey(d => new { d.ReportId, d.N });
        builder.Property(d => d.Kind).HasMaxLength(40).IsRequired();
        builder.Property(d => d.Record).IsRequired();
        builder.Property(d => d.Quotes).IsRequired();
        builder.Property(d => d.Unresolved).IsRequired();
        builder.Property(d => d.Missing).IsRequired();
        builder.Property(d => d.DecidedBy).HasMaxLength(200);
        builder.Property(d => d.Status).HasMaxLength(10);

        // "Reports with drafts awaiting review" reads drafts by status.
        builder.HasIndex(d => d.Status);
    }
}
