using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Features.Sources;

namespace OpsTracker.Api.Features.Intake.Reports;

public sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("Reports");
        builder.HasKey(r => r.Id);

        // One text per source, unique in the database too, so two analysts posting one report at once make one copy.
        builder.HasIndex(r => r.SourceId).IsUnique();
        builder.HasOne<Source>().WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Text).IsRequired();
        builder.Property(r => r.TextSha256).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Language).HasMaxLength(35);
        builder.Property(r => r.CreatedBy).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasMany(r => r.Drafts).WithOne().HasForeignKey(d => d.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
