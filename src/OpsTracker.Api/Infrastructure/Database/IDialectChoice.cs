namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>
/// Something a feature does its own way on each database (an import's fast write path): the feature gives both, in
/// classes that say which database they are for, and the dialect takes its own (<see cref="IDatabaseDialect.Choose"/>),
/// so the feature never asks which database it runs on.
/// </summary>
public interface IDialectChoice<out T>
{
    T ForSqlite();

    T ForPostgres();
}
