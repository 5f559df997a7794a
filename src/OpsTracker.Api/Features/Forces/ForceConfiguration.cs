using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Forces;

public sealed class ForceConfiguration : IEntityTypeConfiguration<Force>
{
    public void Configure(EntityTypeBuilder<Force> builder)
    {
        builder.ConfigureRecord("Forces");
        builder.Property(e => e.Name).HasMaxLength(RecordConfigurationExtensions.ShortText).IsRequired();
        builder.HasIndex(e => e.Name).IsUnique();
        builder.Property(e => e.Acronym).HasMaxLength(50);
        builder.Property(e => e.Kind).HasMaxLength(30);
        builder.HasOne(e => e.Parent).WithMany().HasForeignKey(e => e.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
