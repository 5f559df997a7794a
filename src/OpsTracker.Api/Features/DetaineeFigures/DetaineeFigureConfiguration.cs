using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.DetaineeFigures;

public sealed class DetaineeFigureConfiguration : IEntityTypeConfiguration<DetaineeFigure>
{
    public void Configure(EntityTypeBuilder<DetaineeFigure> builder)
    {
        builder.ConfigureRecord("DetaineeFigures");
        builder.ConfigureCount();
        builder.ConfigureDatedFigure();
        builder.ConfigurePlace();
        builder.Property(e => e.Facility).HasMaxLength(RecordConfigurationExtensions.ShortText).IsRequired();
        builder.HasOne<Force>().WithMany().HasForeignKey(e => e.CustodianForceId).OnDelete(DeleteBehavior.Restrict);
        builder.ConfigureSourceLinks(e => e.SourceLinks, "DetaineeFigureSources", nameof(DetaineeFigureSource.DetaineeFigureId));
    }
}
