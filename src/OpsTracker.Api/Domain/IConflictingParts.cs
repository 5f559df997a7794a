namespace OpsTracker.Api.Domain;

/// <summary>
/// A record whose own parts are claims that can disagree with each other (a person's roles: "الجنرال" from one source,
/// "الأدميرال" from another, for the same post at the same time), which makes it contested like citations whose counts
/// disagree (<see cref="RecordStatusRule"/>).
/// </summary>
public interface IConflictingParts
{
    /// <summary>True when two of the record's parts are claims that cannot both be true.</summary>
    bool PartsConflict();

    /// <summary>
    /// <see cref="PartsConflict"/> as an SQL condition on a row of <paramref name="table"/> (<c>"{table}"."Id"</c>), the
    /// same on SQLite and PostgreSQL, for the statements that set statuses in the database and the check that compares them.
    /// </summary>
    static abstract string PartsConflictSql(string table);
}
