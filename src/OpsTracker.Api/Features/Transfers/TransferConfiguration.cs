using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Transfers;

public sealed class TransferConfiguration : IEntityTypeConfiguration<Transfer>
{
    public void Configure(EntityTypeBuilder<Transfer> builder)
    {
        builder.ConfigureRecord("Transfers");
        builder.ConfigureCount();
        builder.ConfigurePeriod();
        builder.Property(e => e.Kind).HasMaxLength(30);
        builder.HasIndex(e => e.Kind);
        builder.Property(e => e.Unit).HasMaxLength(20);
        builder.Property(e => e.FromFacility).HasMaxLength(RecordConfigurationExtensions.ShortText);
        builder.Property(e => e.FromCountry).HasMaxLength(2);
        builder.Property(e => e.ToCountry).HasMaxLength(2);
        builder.HasIndex(e => e.FromCountry);
        builder.HasIndex(e => e.ToCountry);
        builder.HasOne<Force>().WithMany().HasForeignKey(e => e.FromForceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Force>().WithMany().HasForeignKey(e => e.ToForceId).OnDelete(DeleteBehavior.Restrict);
        builder.ConfigureSourceLinks(e => e.SourceLinks, "TransferSources", nameof(TransferSource.TransferId));
        builder.OwnsMany(e => e.FromCampLinks, link =>
        {
            link.ToTable("TransferCamps");
            link.WithOwner().HasForeignKey(l => l.TransferId);
            link.HasKey(l => new { l.TransferId, l.CampId });
            link.HasOne<Camp>().WithMany().HasForeignKey(l => l.CampId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => l.CampId);
        });
    }
}
