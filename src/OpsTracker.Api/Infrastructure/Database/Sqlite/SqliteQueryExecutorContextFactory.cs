using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Sqlite.Query.Internal;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

#pragma warning disable EF1001 // EF's SQLite factory, kept for what it does besides Create (precompiled queries).

/// <summary>
/// EF's SQLite query compilation context factory, making <see cref="SqliteQueryExecutorContext"/>s. EF's <c>Create</c>
/// cannot be overridden, so the interface is implemented again here: its <c>Create</c> is this one, the rest EF's.
/// </summary>
public sealed class SqliteQueryExecutorContextFactory(
    QueryCompilationContextDependencies dependencies, RelationalQueryCompilationContextDependencies relationalDependencies)
    : SqliteQueryCompilationContextFactory(dependencies, relationalDependencies), IQueryCompilationContextFactory
{
    public new QueryCompilationContext Create(bool async) => new SqliteQueryExecutorContext(Dependencies, RelationalDependencies, async);
}
