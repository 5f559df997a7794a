using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.Infrastructure.Json;
using OpsTracker.Api.RecordEngine.Counters;

namespace OpsTracker.Api.RecordEngine.Querying;

/// <summary>The filters several resources share, defined once over the domain interfaces.</summary>
public static class ListFilters
{
    private static readonly ListParameter FromParameter = ListParameter.Date("from", "Only records whose period overlaps [from, to] (figures: asOf on or after from). YYYY-MM-DD.", "2025-10-01");
    private static readonly ListParameter ToParameter = ListParameter.Date("to", "Only records whose period overlaps [from, to] (figures: asOf on or before to). YYYY-MM-DD.", "2025-10-31");

    /// <summary>
    /// from/to: the record's period [startDate, endDate or startDate] overlaps [from, to]. The overlap alone bounds
    /// startDate only from above (to), so an index on startDate would be read from the first record on; the table's
    /// <see cref="LongestPeriod"/> adds the lower bound from − longest period, which no overlapping record is below.
    /// It is read in the same statement, from the same snapshot as the records, so it covers every record the
    /// statement sees even while other connections write.
    /// </summary>
    public static ListFilter<T> Period<T>()
        where T : class, IPeriod =>
        new([FromParameter, ToParameter], (query, values, db) =>
        {
            var (from, to) = values.DateRange();
            if (from is { } start)
            {
                var table = db.Model.FindEntityType(typeof(T))!.GetTableName()!;
                var longest = db.Set<LongestPeriod>().Where(p => p.Table == table).Select(p => p.Days);
                // A longest period reaching back to the first date bounds nothing: the first date itself is the bound
                // then, as a parameter, because PostgreSQL stores it as -infinity, below any date computed in SQL.
                var daysSinceFirstDate = start.DayNumber;
                var firstDate = DateOnly.MinValue;
                query = query.Where(e => (e.StartDate >= start || e.EndDate >= start)
                    && e.StartDate >= (longest.First() < daysSinceFirstDate ? start.AddDays(-longest.First()) : firstDate));
            }

            if (to is { } end)
            {
                query = query.Where(e => e.StartDate <= end);
            }

            return query;
        });

    /// <summary>from/to: the figure's asOf lies in [from, to].</summary>
    public static ListFilter<T> AsOf<T>()
        where T : class, IDatedFigure =>
        new([FromParameter, ToParameter], (query, values, _) =>
        {
            var (from, to) = values.DateRange();
            if (from is { } start)
            {
                query = query.Where(e => e.AsOf >= start);
            }

            if (to is { } end)
            {
                query = query.Where(e => e.AsOf <= end);
            }

            return query;
        });

    /// <summary>country, region and campId of records placed by the shared place fields.</summary>
    public static IEnumerable<ListFilter<T>> Place<T>()
        where T : class, IPlaced =>
        [Country<T>(e => e.Country), Region<T>(e => e.Region), Camp<T>()];

    public static ListFilter<T> Country<T>(Expression<Func<T, string?>> field) =>
        new([new("country", "ISO 3166-1 alpha-2 codes, comma-separated.", "SY,IQ") { Kind = ListParameterKind.CountryCode, Many = true }], (query, values, _) =>
            values.CountryCodesList("country") is { } countries
                ? query.Where(ExpressionComposition.In(field, countries.Cast<string?>().ToList()))
                : query);

    public static ListFilter<T> Region<T>(Expression<Func<T, string?>> field) =>
        new([new("region", "First-level divisions, exactly as stored, comma-separated.", "Al-Hasakah") { Many = true }], (query, values, _) =>
            values.List("region") is { } regions
                ? query.Where(ExpressionComposition.In(field, regions.Cast<string?>().ToList()))
                : query);

    public static ListFilter<T> Camp<T>()
        where T : class, IPlaced =>
        Reference<T>("campId", "Only records placed in one of these camps (ids, comma-separated).", e => e.CampId);

    /// <summary>sourceId and minReliability: by the sources a record cites.</summary>
    public static ListFilter<T> Citations<T, TLink>()
        where T : class, ICitingRecord<TLink>
        where TLink : SourceLink =>
        new(
        [
            ListParameter.Ids("sourceId", "Only records citing one of these source ids, comma-separated.", "1"),
            ListParameter.OneOf<SourceReliability>("minReliability", "Only records citing at least one source graded this or better (A best, F cannot be judged).", "B"),
        ],
        (query, values, db) =>
        {
            if (values.Ids("sourceId") is { } sourceIds)
            {
                query = query.Where(e => e.SourceLinks.Any(link => sourceIds.Contains(link.SourceId)));
            }

            if (values.Enum<SourceReliability>("minReliability") is { } minimum)
            {
                // Each citation looks its source up by id. Written as "source id in the reliable sources", SQLite
                // instead sought every reliable source among each record's citations, one seek per source per record.
                var grades = Enum.GetValues<SourceReliability>().Where(grade => grade <= minimum).ToList();
                query = query.Where(e => e.SourceLinks.Any(link =>
                    db.Set<Source>().Any(s => s.Id == link.SourceId && grades.Contains(s.Reliability))));
            }

            return query;
        });

    public static ListFilter<T> Qualifier<T>()
        where T : ReportRecordEntity =>
        OneOf<T, CountQualifier>("qualifier", "How the count was qualified", e => e.Count.Qualifier);

    /// <summary>An enum field matching any of the comma-separated values given.</summary>
    public static ListFilter<T> OneOf<T, TEnum>(string name, string description, Expression<Func<T, TEnum>> field)
        where TEnum : struct, Enum =>
        new(
            [ListParameter.OneOf<TEnum>(name, $"{description}: one or more of {string.Join(", ", ReadableEnumConverter.AllowedNames(typeof(TEnum)))}, comma-separated.", many: true)],
            (query, values, _) => values.Enums<TEnum>(name) is { } wanted
                ? query.Where(ExpressionComposition.In(field, wanted.ToList()))
                : query);

    /// <summary>An optional reference to another record, matching any of the comma-separated ids given.</summary>
    public static ListFilter<T> Reference<T>(string name, string description, Expression<Func<T, long?>> field) =>
        new(
            [ListParameter.Ids(name, description)],
            (query, values, _) => values.Ids(name) is { } ids
                ? query.Where(ExpressionComposition.In(field, ids.Select(id => (long?)id).ToList()))
                : query);
}
