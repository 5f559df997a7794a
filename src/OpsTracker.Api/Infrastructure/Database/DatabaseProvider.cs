namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>The databases the API runs on, chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>A file on the API's machine: one analyst, or one server with one API process.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: a team's shared database, with any number of API instances.</summary>
    Postgres,
}
