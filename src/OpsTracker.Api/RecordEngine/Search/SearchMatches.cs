using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.RecordEngine.Search;

/// <summary>
/// Which records' search text contains a normalized term. On SQLite each record table has a trigram full-text
/// index ("{table}Search", kept in step by triggers; see the FullTextSearchAndStatsIndexes migration), and a quoted
/// phrase there matches exactly the substrings that contain the term, without reading the rows. Terms shorter than
/// a trigram cannot be looked up in it and are matched by scanning the search column. On PostgreSQL the search
/// column has a pg_trgm GIN index, which answers <c>LIKE '%term%'</c> (see PostgresOpsTrackerDbContext).
/// </summary>
public static class SearchMatches
{
    private const int TrigramLength = 3;
    private const string LikeEscape = "\\";

    public static Expression<Func<TEntity, bool>> Matching<TEntity>(OpsTrackerDbContext db, string normalizedTerm)
        where TEntity : RecordEntity
    {
        if (FullTextIds<TEntity>(db, normalizedTerm) is { } ids)
        {
            return e => ids.Contains(e.Id);
        }

        if (db.Database.IsNpgsql())
        {
            var pattern = $"%{EscapeLike(normalizedTerm)}%";
            return e => EF.Functions.Like(e.SearchText, pattern, LikeEscape);
        }

        return e => e.SearchText.Contains(normalizedTerm);
    }

    /// <summary>
    /// The ids of the records whose own text contains the term, for a union with other ids that the list then filters
    /// again. On SQLite they are the full-text index's own rowids, deleted records possibly among them, so the union
    /// does not look each one up in the record table only for the list to look it up again.
    /// </summary>
    public static IQueryable<long> MatchingIds<TEntity>(OpsTrackerDbContext db, string normalizedTerm)
        where TEntity : RecordEntity =>
        FullTextIds<TEntity>(db, normalizedTerm) ?? db.Set<TEntity>().Where(Matching<TEntity>(db, normalizedTerm)).Select(e => e.Id);

    /// <summary>The rowids the SQLite full-text index matches, or null where it cannot answer (PostgreSQL, short terms).</summary>
    private static IQueryable<long>? FullTextIds<TEntity>(OpsTrackerDbContext db, string normalizedTerm)
        where TEntity : RecordEntity
    {
        if (db.Database.IsNpgsql() || normalizedTerm.Length < TrigramLength)
        {
            return null;
        }

        // The table name comes from the model, never from the request; the term is a parameter.
        var index = $"{db.Model.FindEntityType(typeof(TEntity))!.GetTableName()}Search";
        var phrase = new SqliteParameter("@searchPhrase", $"\"{normalizedTerm.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        var sql = $"SELECT rowid AS \"Value\" FROM \"{index}\" WHERE \"{index}\" MATCH @searchPhrase";
        return db.Database.SqlQueryRaw<long>(sql, phrase);
    }

    /// <summary>The camps or forces whose names or aliases contain the term: few rows, so read without an index.</summary>
    public static IQueryable<long> NamedIds<TEntity>(OpsTrackerDbContext db, string normalizedTerm)
        where TEntity : RecordEntity, INamedRecord =>
        db.Set<TEntity>().Where(e => e.NamesText.Contains(normalizedTerm)).Select(e => e.Id);

    /// <summary>The term as a LIKE pattern matches it literally: its own %, _ and backslashes are escaped.</summary>
    private static string EscapeLike(string term) => term
        .Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
        .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
        .Replace("_", LikeEscape + "_", StringComparison.Ordinal);
}
