using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Persons;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ConfigureRecord("Persons");
        builder.Property(e => e.Name).HasMaxLength(RecordConfigurationExtensions.ShortText).IsRequired();
        builder.HasIndex(e => e.Name);
        builder.Property(e => e.Nationality).HasMaxLength(2);
        builder.OwnsMany(e => e.Roles, role =>
        {
            role.ToTable("PersonRoles");
            role.WithOwner().HasForeignKey(r => r.PersonId);
            role.HasKey(r => new { r.PersonId, r.Position });
            role.Property(r => r.Position).ValueGeneratedNever();
            role.Property(r => r.Title).HasMaxLength(RecordConfigurationExtensions.ShortText).IsRequired();
            role.HasOne<Force>().WithMany().HasForeignKey(r => r.ForceId).OnDelete(DeleteBehavior.Restrict);
            role.HasIndex(r => r.ForceId);
        });
        builder.ConfigureSourceLinks(e => e.SourceLinks, "PersonSources", nameof(PersonSource.PersonId));
        builder.ConfigureSourceLinks(e => e.RoleCitations, "PersonRoleSources", nameof(PersonRoleSource.PersonId), nameof(PersonRoleSource.RolePosition));
    }
}
