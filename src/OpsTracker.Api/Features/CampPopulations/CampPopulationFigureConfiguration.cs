using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.CampPopulations;

public sealed class CampPopulationFigureConfiguration : IEntityTypeConfiguration<CampPopulationFigure>
{
    public void Configure(EntityTypeBuilder<CampPopulationFigure> builder)
    {
        builder.ConfigureRecord("CampPopulationFigures");
        builder.ConfigureCount();
        builder.ConfigureDatedFigure();
        builder.ConfigureSourceLinks(e => e.SourceLinks, "CampPopulationFigureSources", nameof(CampPopulationFigureSource.CampPopulationFigureId));
        builder.OwnsMany(e => e.CampLinks, link =>
        {
            link.ToTable("CampPopulationFigureCamps");
            link.WithOwner().HasForeignKey(l => l.CampPopulationFigureId);
            link.HasKey(l => new { l.CampPopulationFigureId, l.CampId });
            link.HasOne<Camp>().WithMany().HasForeignKey(l => l.CampId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => l.CampId);
        });
    }
}
