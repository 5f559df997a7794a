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
        // A page of the casualties of a country and an affiliation, in id order, walks this index (whose entries
        // end with the id) instead of the table: page 200 of country=SY&affiliation=isis over a million records
        // read 50,000 rows to keep 10,000 (13 to 60 ms), and reads 10,000 index entries (under 1 ms).
        builder.HasIndex(e => new { e.Country, e.Affiliation });
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
