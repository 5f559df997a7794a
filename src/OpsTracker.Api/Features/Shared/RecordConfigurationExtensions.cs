using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Sources;

namespace OpsTracker.Api.Features.Shared;

/// <summary>
/// Mapping shared by every record kind, so that each entity's configuration states only what is its own.
/// </summary>
public static class RecordConfigurationExtensions
{
    public const int ShortText = 200;
    public const int LongText = 4000;
    public const int ExternalIdLength = 200;

    public static void ConfigureRecord<T>(this EntityTypeBuilder<T> builder, string table)
        where T : RecordEntity
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ExternalId).HasMaxLength(ExternalIdLength);
        builder.HasIndex(e => e.ExternalId).IsUnique();
        builder.Property(e => e.Notes).HasMaxLength(LongText);
        builder.Property(e => e.SearchText).IsRequired();
        builder.HasIndex(e => e.UpdatedAt);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasQueryFilter(e => e.DeletedAt == null);
    }

    public static void ConfigureCount<T>(this EntityTypeBuilder<T> builder)
        where T : ReportRecordEntity
    {
        builder.ComplexProperty(e => e.Count, count =>
        {
            count.Property(c => c.Best).HasColumnName("CountBest");
            count.Property(c => c.Low).HasColumnName("CountLow");
            count.Property(c => c.High).HasColumnName("CountHigh");
            count.Property(c => c.Qualifier).HasColumnName("CountQualifier").HasMaxLength(20);
        });
    }

    public static void ConfigurePlace<T>(this EntityTypeBuilder<T> builder)
        where T : class, IPlaced
    {
        builder.Property(e => e.Country).HasMaxLength(2).IsRequired();
        builder.Property(e => e.Region).HasMaxLength(ShortText);
        builder.Property(e => e.Locality).HasMaxLength(ShortText);
        builder.HasIndex(e => new { e.Country, e.Region });

        // Records with a period are most often listed by region, newest first: (Region, StartDate) answers that
        // order from the index instead of sorting every record of the region.
        if (typeof(IPeriod).IsAssignableFrom(typeof(T)))
        {
            builder.HasIndex(nameof(IPlaced.Region), nameof(IPeriod.StartDate));
        }
        else
        {
            builder.HasIndex(e => e.Region);
        }
        builder.HasOne<Camp>().WithMany().HasForeignKey(e => e.CampId).OnDelete(DeleteBehavior.Restrict);
    }

    public static void ConfigurePeriod<T>(this EntityTypeBuilder<T> builder)
        where T : class, IPeriod
    {
        builder.Property(e => e.DatePrecision).HasMaxLength(10);
        builder.HasIndex(e => e.StartDate);
    }

    public static void ConfigureDatedFigure<T>(this EntityTypeBuilder<T> builder)
        where T : class, IDatedFigure
    {
        builder.Property(e => e.DatePrecision).HasMaxLength(10);
        builder.HasIndex(e => e.AsOf);
    }

    /// <summary>
    /// Maps a record's citations to a link table of its own (record id, source id, and what the source said: quote,
    /// locator, credibility, attribution, its own count). A cited source, or a force a citation attributes a claim to,
    /// cannot be deleted while it is cited; deleting the record removes its citations. Every kind's citations are
    /// mapped here, so a kind gets the claim's columns by calling this. <paramref name="partColumn"/> names the part of
    /// the record cited, for citations of a part (a person's role by its position), and joins the key.
    /// </summary>
    public static void ConfigureSourceLinks<T, TLink>(
        this EntityTypeBuilder<T> builder,
        System.Linq.Expressions.Expression<Func<T, IEnumerable<TLink>?>> links,
        string table,
        string recordIdColumn,
        string? partColumn = null)
        where T : class
        where TLink : SourceLink
    {
        builder.OwnsMany(links, link =>
        {
            link.ToTable(table);
            link.WithOwner().HasForeignKey(recordIdColumn);
            link.HasKey(partColumn is null ? [recordIdColumn, nameof(SourceLink.SourceId)] : [recordIdColumn, partColumn, nameof(SourceLink.SourceId)]);
            link.HasOne<Source>().WithMany().HasForeignKey(l => l.SourceId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => l.SourceId);
            link.Property(l => l.Quote).HasMaxLength(QuoteLength);
            link.Property(l => l.Locator).HasMaxLength(ShortText);
            link.Property(l => l.Credibility).HasDefaultValue(SourceLink.DefaultCredibility).HasSentinel(0);
            link.Property(l => l.AttributedToText).HasMaxLength(ShortText);
            link.HasOne<Force>().WithMany().HasForeignKey(l => l.AttributedToForceId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => l.AttributedToForceId);
            link.Property(l => l.CountQualifier).HasMaxLength(20);
        });

        // The status the citations give the record, indexed for the status filter and the summary's counts by status.
        if (typeof(IStatusRecord).IsAssignableFrom(typeof(T)))
        {
            builder.Property<RecordStatus>(nameof(IStatusRecord.Status)).HasMaxLength(20);
            builder.HasIndex(nameof(IStatusRecord.Status));
        }
    }

    /// <summary>The longest quote a citation holds: a passage, not the whole report.</summary>
    public const int QuoteLength = 2000;
}
