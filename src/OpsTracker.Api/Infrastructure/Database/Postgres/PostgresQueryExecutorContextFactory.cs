using Microsoft.EntityFrameworkCore.Query;

namespace OpsTracker.Api.Infrastructure.Database.Postgres;

/// <summary>Makes <see cref="PostgresQueryExecutorContext"/>s in place of Npgsql's query compilation contexts.</summary>
public sealed class PostgresQueryExecutorContextFactory(
    QueryCompilationContextDependencies dependencies, RelationalQueryCompilationContextDependencies relationalDependencies)
    : IQueryCompilationContextFactory
{
    public QueryCompilationContext Create(bool async) => new PostgresQueryExecutorContext(dependencies, relationalDependencies, async);
}
