using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Arrests;

public sealed class ArrestConfiguration : IEntityTypeConfiguration<Arrest>
{
    public void Configure(EntityTypeBuilder<Arrest> builder)
    {
        builder.ConfigureRecord("Arrests");
        builder.ConfigureCount();
        builder.ConfigurePeriod();
        builder.ConfigurePlace();
        builder.HasOne<Operation>().WithMany().HasForeignKey(e => e.OperationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Force>().WithMany().HasForeignKey(e => e.ArrestingForceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.PersonName).HasMaxLength(RecordConfigurationExtensions.ShortText);
        builder.Property(e => e.PersonAlias).HasMaxLength(RecordConfigurationExtensions.ShortText);
        builder.Property(e => e.PersonNationality).HasMaxLength(2);
        builder.Property(e => e.PersonRole).HasMaxLength(RecordConfigurationExtensions.ShortText);
        builder.OwnsMany(e => e.PersonLinks, link =>
        {
            link.ToTable("ArrestPersons");
            link.WithOwner().HasForeignKey(l => l.ArrestId);
            link.HasKey(l => new { l.ArrestId, l.PersonId });
            link.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => l.PersonId);
        });
        builder.ConfigureSourceLinks(e => e.SourceLinks, "ArrestSources", nameof(ArrestSource.ArrestId));
    }
}
