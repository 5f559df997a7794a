using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Sources;

public sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ConfigureRecord("Sources");
        builder.Property(e => e.Title).HasMaxLength(RecordConfigurationExtensions.LongText).IsRequired();
        builder.Property(e => e.Publisher).HasMaxLength(RecordConfigurationExtensions.ShortText).IsRequired();
        builder.Property(e => e.Url).HasMaxLength(2048);
        builder.Property(e => e.Language).HasMaxLength(35);
        builder.HasIndex(e => e.Reliability);
        builder.Property(e => e.Kind).HasMaxLength(30);
        builder.Property(e => e.Reliability).HasMaxLength(1);
        builder.Property(e => e.Author).HasMaxLength(RecordConfigurationExtensions.ShortText);
        builder.Property(e => e.ArchiveUrl).HasMaxLength(2048);

        // A relayed source cannot be deleted while a source relays it (found in the model, like every reference).
        builder.OwnsMany(e => e.RelayLinks, link =>
        {
            link.ToTable("SourceRelays");
            link.WithOwner().HasForeignKey(l => l.SourceId);
            link.HasKey(l => new { l.SourceId, l.RelayedSourceId });
            link.HasOne<Source>().WithMany().HasForeignKey(l => l.RelayedSourceId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => l.RelayedSourceId);
        });
    }
}
