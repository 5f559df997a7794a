using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Events;

public sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ConfigureRecord("Events");
        builder.ConfigureCount();
        builder.ConfigurePeriod();
        builder.ConfigurePlace();
        builder.Property(e => e.Title).HasMaxLength(RecordConfigurationExtensions.LongText).IsRequired();
        builder.Property(e => e.Type).HasMaxLength(30);
        builder.HasIndex(e => e.Type);
        builder.ConfigureSourceLinks(e => e.SourceLinks, "EventSources", nameof(EventSource.EventId));
        builder.OwnsMany(e => e.ForceLinks, link =>
        {
            link.ToTable("EventForces");
            link.WithOwner().HasForeignKey(l => l.EventId);
            link.HasKey(l => new { l.EventId, l.ForceId });
            link.HasOne<Force>().WithMany().HasForeignKey(l => l.ForceId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => l.ForceId);
        });
    }
}
