using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Casualties;

public sealed class CasualtyConfiguration : IEntityTypeConfiguration<Casualty>
{
    public void Configure(EntityTypeBuilder<Casualty> builder)
    {
        builder.ConfigureRecord("Casualties");
        builder.ConfigureCount();
        builder.ConfigurePeriod();
        builder.ConfigurePlace();
        builder.Property(e => e.Affiliation).HasMaxLength(30);
        builder.Property(e => e.Outcome).HasMaxLength(10);
        builder.HasOne<Operation>().WithMany().HasForeignKey(e => e.OperationId).OnDelete(DeleteBehavior.Restrict);
        // Filters and totals by outcome, affiliation, country and date read the covering index
        // IX_Casualties_Totals, made in raw SQL by the FullTextSearchAndStatsIndexes migration because EF cannot
        // index the columns of the complex Count property.
        builder.OwnsMany(e => e.PersonLinks, link =>
        {
            link.ToTable("CasualtyPersons");
            link.WithOwner().HasForeignKey(l => l.CasualtyId);
            link.HasKey(l => new { l.CasualtyId, l.PersonId });
            link.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => l.PersonId);
        });
        builder.ConfigureSourceLinks(e => e.SourceLinks, "CasualtySources", nameof(CasualtySource.CasualtyId));
    }
}
