using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Sqlite.Query.Internal;
using OpsTracker.Api.Infrastructure.Database.Queries;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

#pragma warning disable EF1001 // EF's SQLite query compilation context: the only place its executors are compiled.

/// <summary>EF's SQLite query compilation, its executors compiled by <see cref="QueryExecutorCompiler"/>.</summary>
public sealed class SqliteQueryExecutorContext(
    QueryCompilationContextDependencies dependencies, RelationalQueryCompilationContextDependencies relationalDependencies, bool async)
    : SqliteQueryCompilationContext(dependencies, relationalDependencies, async)
{
    public override Func<QueryContext, TResult> CreateQueryExecutor<TResult>(Expression query) =>
        QueryExecutorCompiler.Compile<TResult>(this, Dependencies, query);
}
