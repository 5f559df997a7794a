using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Features.Casualties;

public sealed class CasualtyConfiguration : IEntityTypeConfiguration<Casualty>
{
    public void Configure(EntityTypeBuilder<Casualty> builder)
    {
        builder.ConfigureRecord("Casualties");
        builder.ConfigureCount();
        builder.ConfigurePeriod();
        builder.ConfigurePlace();
        builder.HasOne<Operation>().WithMany().HasForeignKey(e => e.OperationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.Affiliation, e.Outcome });
        builder.ConfigureSourceLinks(e => e.SourceLinks, "CasualtySources", nameof(CasualtySource.CasualtyId));
    }
}
