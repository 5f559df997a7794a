using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Camps;

public sealed class CampConfiguration : IEntityTypeConfiguration<Camp>
{
    public void Configure(EntityTypeBuilder<Camp> builder)
    {
        builder.ConfigureRecord("Camps");
        builder.Property(e => e.Name).HasMaxLength(RecordConfigurationExtensions.ShortText).IsRequired();
        builder.HasIndex(e => e.Name).IsUnique();
        builder.Property(e => e.Country).HasMaxLength(2);
        builder.Property(e => e.Region).HasMaxLength(RecordConfigurationExtensions.ShortText);
    }
}
