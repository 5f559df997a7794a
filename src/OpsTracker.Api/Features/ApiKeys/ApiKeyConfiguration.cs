using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpsTracker.Api.Features.ApiKeys;

public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public const int NameLength = 100;

    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(NameLength).IsRequired();

        // Unique in the database too, so two admins creating the same name at once cannot both succeed.
        builder.HasIndex(k => k.Name).IsUnique();

        // Stored by name, like the record enums, so the table reads plainly in any SQLite tool.
        builder.Property(k => k.Role).HasConversion<string>().HasMaxLength(10);

        // Every authenticated request looks its key up by hash.
        builder.Property(k => k.KeyHash).IsRequired();
        builder.HasIndex(k => k.KeyHash).IsUnique();
    }
}
