using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.StrengthEstimates;

public sealed class StrengthEstimateConfiguration : IEntityTypeConfiguration<StrengthEstimate>
{
    public void Configure(EntityTypeBuilder<StrengthEstimate> builder)
    {
        builder.ConfigureRecord("StrengthEstimates");
        builder.ConfigureCount();
        builder.ConfigureDatedFigure();
        builder.HasOne<Force>().WithMany().HasForeignKey(e => e.ForceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Countries).IsRequired();
        builder.Property(e => e.Region).HasMaxLength(RecordConfigurationExtensions.ShortText);
        builder.ConfigureSourceLinks(e => e.SourceLinks, "StrengthEstimateSources", nameof(StrengthEstimateSource.StrengthEstimateId));
    }
}
