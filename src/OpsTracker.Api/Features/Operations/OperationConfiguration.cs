using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Operations;

public sealed class OperationConfiguration : IEntityTypeConfiguration<Operation>
{
    public void Configure(EntityTypeBuilder<Operation> builder)
    {
        builder.ConfigureRecord("Operations");
        builder.ConfigureCount();
        builder.ConfigurePeriod();
        builder.ConfigurePlace();
        builder.Property(e => e.Title).HasMaxLength(RecordConfigurationExtensions.LongText).IsRequired();
        builder.HasIndex(e => e.Type);
        builder.Property(e => e.Type).HasMaxLength(30);
        builder.Property(e => e.Outcome).HasMaxLength(20);
        builder.ConfigureSourceLinks(e => e.SourceLinks, "OperationSources", nameof(OperationSource.OperationId));
        builder.OwnsMany(e => e.ForceLinks, link =>
        {
            link.ToTable("OperationForces");
            link.WithOwner().HasForeignKey(l => l.OperationId);
            link.HasKey(l => new { l.OperationId, l.ForceId });
            link.HasOne<Force>().WithMany().HasForeignKey(l => l.ForceId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => l.ForceId);
        });
    }
}
