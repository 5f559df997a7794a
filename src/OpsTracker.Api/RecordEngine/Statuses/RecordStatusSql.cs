using OpsTracker.Api.Domain;

namespace OpsTracker.Api.RecordEngine.Statuses;

/// <summary>
/// <see cref="RecordStatusRule"/> as one UPDATE of a record table, for the records a write does not hold in memory:
/// every record when the status column is added (the migration), the records citing a source whose relays changed.
/// The SQL is the same on SQLite and PostgreSQL (a recursive WITH before UPDATE, enums stored by name). Like the
/// record machinery, a version's SQL never changes: a migration calls the version it was written against.
/// </summary>
public static class RecordStatusSql
{
    /// <summary>The latest version, which the API runs after a change of relays.</summary>
    public const int Version = 1;

    /// <summary>Sets the status of the records of <paramref name="table"/> that <paramref name="recordCondition"/> (SQL on the table's columns) keeps.</summary>
    public static string Update(CitingTable table, string recordCondition, int version)
    {
        if (version != 1)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "RecordStatusSql has version 1.");
        }

        return $"""
            {Reach}
            UPDATE {Quote(table.Table)} SET "Status" = {StatusOf(table)}
            WHERE {recordCondition};
            """;
    }

    /// <summary>
    /// The records of <paramref name="table"/> that <paramref name="recordCondition"/> keeps whose stored status is
    /// not the one their citations make (rows of <see cref="ChangedStatus"/>): which of them a change of relays changes.
    /// </summary>
    public static string Changed(CitingTable table, string recordCondition) => $"""
        {Reach}
        SELECT "Id", "Version", CASE WHEN "DeletedAt" IS NULL THEN TRUE ELSE FALSE END AS "Live" FROM {Quote(table.Table)}
        WHERE {recordCondition} AND "Status" <> {StatusOf(table)};
        """;

    /// <summary>
    /// How many records of <paramref name="table"/>, deleted ones included, store a status other than the one their
    /// citations make (the consistency check's query; 0 when every write and relay change kept them).
    /// </summary>
    public static string Disagreements(CitingTable table) => $"""
        {Reach}
        SELECT COUNT(*) FROM {Quote(table.Table)} WHERE "Status" <> {StatusOf(table)};
        """;

    /// <summary>Every source with each source it stands for, itself included, through relays of relays.</summary>
    private const string Reach = """
        WITH RECURSIVE "Reach"("SourceId", "ReachedId") AS (
            SELECT "Id", "Id" FROM "Sources"
            UNION
            SELECT "Reach"."SourceId", "r"."RelayedSourceId" FROM "Reach" JOIN "SourceRelays" AS "r" ON "r"."SourceId" = "Reach"."ReachedId"
        )
        """;

    /// <summary><see cref="RecordStatusRule"/> as a CASE on a row of the table, reading <see cref="Reach"/>.</summary>
    private static string StatusOf(CitingTable table)
    {
        var t = Quote(table.Table);
        var owner = Quote(table.RecordIdColumn);
        var links = Quote(table.LinkTable);
        var pairs = $"""
            SELECT 1 FROM {links} AS "a" JOIN {links} AS "b" ON "b".{owner} = "a".{owner} AND "b"."SourceId" > "a"."SourceId"
                    WHERE "a".{owner} = {t}."Id"
            """;
        var corroborated = $"""
            WHEN EXISTS ({pairs}
                    AND NOT EXISTS (SELECT 1 FROM "Reach" AS "ra" JOIN "Reach" AS "rb" ON "rb"."ReachedId" = "ra"."ReachedId"
                        WHERE "ra"."SourceId" = "a"."SourceId" AND "rb"."SourceId" = "b"."SourceId"))
                    THEN '{nameof(RecordStatus.Corroborated)}'
            """;
        var ownParts = table.PartsConflictSql is { } partsConflict
            ? $"WHEN {partsConflict} THEN '{nameof(RecordStatus.Contested)}'"
            : "";
        if (!table.HasCount)
        {
            // Records without a figure (statements, persons) have no counts for their citations to contest.
            return $"""
                CASE
                    {ownParts}
                    {corroborated}
                    ELSE '{nameof(RecordStatus.SingleSource)}'
                END
                """;
        }

        var (aLow, aHigh) = EffectiveBounds("\"a\"", t);
        var (bLow, bHigh) = EffectiveBounds("\"b\"", t);
        return $"""
            CASE
                {ownParts}
                WHEN EXISTS ({pairs}
                    AND ((({aHigh}) IS NOT NULL AND ({aHigh}) < ({bLow})) OR (({bHigh}) IS NOT NULL AND ({bHigh}) < ({aLow}))))
                    THEN '{nameof(RecordStatus.Contested)}'
                {corroborated}
                ELSE '{nameof(RecordStatus.SingleSource)}'
            END
            """;
    }

    /// <summary>A citation's bounds: its own count's, or the record's where it has none.</summary>
    private static (string Low, string High) EffectiveBounds(string link, string record) =>
        ($"CASE WHEN {link}.\"CountBest\" IS NULL THEN {LowerBound(record)} ELSE {LowerBound(link)} END",
         $"CASE WHEN {link}.\"CountBest\" IS NULL THEN {UpperBound(record)} ELSE {UpperBound(link)} END");

    /// <summary><see cref="ReportedCount.LowerBound"/> in SQL.</summary>
    private static string LowerBound(string row) =>
        $"""CASE {row}."CountQualifier" WHEN '{nameof(CountQualifier.MoreThan)}' THEN COALESCE({row}."CountLow", {row}."CountBest" + 1) WHEN '{nameof(CountQualifier.AtMost)}' THEN COALESCE({row}."CountLow", 0) WHEN '{nameof(CountQualifier.LessThan)}' THEN COALESCE({row}."CountLow", 0) ELSE COALESCE({row}."CountLow", {row}."CountBest") END""";

    /// <summary><see cref="ReportedCount.UpperBound"/> in SQL (NULL: no ceiling).</summary>
    private static string UpperBound(string row) =>
        $"""CASE {row}."CountQualifier" WHEN '{nameof(CountQualifier.AtLeast)}' THEN NULL WHEN '{nameof(CountQualifier.MoreThan)}' THEN NULL WHEN '{nameof(CountQualifier.LessThan)}' THEN COALESCE({row}."CountHigh", {row}."CountBest" - 1) ELSE COALESCE({row}."CountHigh", {row}."CountBest") END""";

    private static string Quote(string name) => $"\"{name}\"";
}
