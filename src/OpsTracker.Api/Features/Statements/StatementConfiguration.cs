using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Statements;

public sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    /// <summary>The longest kind path an about link holds.</summary>
    public const int KindLength = 50;

    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.ConfigureRecord("Statements");
        builder.Property(e => e.DatePrecision).HasMaxLength(10);
        builder.HasIndex(e => e.MadeOn);
        builder.Property(e => e.Medium).HasMaxLength(20);
        builder.HasIndex(e => e.Medium);
        builder.Property(e => e.Quote).HasMaxLength(RecordConfigurationExtensions.QuoteLength);
        builder.Property(e => e.Summary).HasMaxLength(RecordConfigurationExtensions.LongText);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Force>().WithMany().HasForeignKey(e => e.ForceId).OnDelete(DeleteBehavior.Restrict);
        builder.ConfigureSourceLinks(e => e.SourceLinks, "StatementSources", nameof(StatementSource.StatementId));
        builder.OwnsMany(e => e.AboutLinks, about =>
        {
            about.ToTable("StatementAbouts");
            about.WithOwner().HasForeignKey(l => l.StatementId);
            about.HasKey(l => new { l.StatementId, l.Position });
            about.Property(l => l.Position).ValueGeneratedNever();
            about.Property(l => l.Kind).HasMaxLength(KindLength).IsRequired();

            // "Statements about this record": the about filter and q's search through about links read this index.
            about.HasIndex(l => new { l.Kind, l.TargetId });
        });
    }
}
