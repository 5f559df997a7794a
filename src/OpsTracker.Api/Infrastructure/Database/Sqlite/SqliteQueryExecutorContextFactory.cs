using Microsoft.EntityFrameworkCore.Query;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

/// <summary>Makes <see cref="SqliteQueryExecutorContext"/>s in place of EF's SQLite query compilation contexts.</summary>
public sealed class SqliteQueryExecutorContextFactory(
    QueryCompilationContextDependencies dependencies, RelationalQueryCompilationContextDependencies relationalDependencies)
    : IQueryCompilationContextFactory
{
    public QueryCompilationContext Create(bool async) => new SqliteQueryExecutorContext(dependencies, relationalDependencies, async);
}
