using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Npgsql.EntityFrameworkCore.PostgreSQL.Query.Internal;
using OpsTracker.Api.Infrastructure.Database.Queries;

namespace OpsTracker.Api.Infrastructure.Database.Postgres;

#pragma warning disable EF1001 // Npgsql's query compilation context: the only place its executors are compiled.

/// <summary>Npgsql's query compilation, its executors compiled by <see cref="QueryExecutorCompiler"/>.</summary>
public sealed class PostgresQueryExecutorContext(
    QueryCompilationContextDependencies dependencies, RelationalQueryCompilationContextDependencies relationalDependencies, bool async)
    : NpgsqlQueryCompilationContext(dependencies, relationalDependencies, async)
{
    public override Func<QueryContext, TResult> CreateQueryExecutor<TResult>(Expression query) =>
        QueryExecutorCompiler.Compile<TResult>(this, Dependencies, query);
}
