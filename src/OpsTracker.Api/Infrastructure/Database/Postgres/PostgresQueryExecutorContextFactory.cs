using Microsoft.EntityFrameworkCore.Query;
using Npgsql.EntityFrameworkCore.PostgreSQL.Query.Internal;

namespace OpsTracker.Api.Infrastructure.Database.Postgres;

#pragma warning disable EF1001 // Npgsql's factory, kept for what it does besides Create (precompiled queries).

/// <summary>Npgsql's query compilation context factory, making <see cref="PostgresQueryExecutorContext"/>s.</summary>
public sealed class PostgresQueryExecutorContextFactory : NpgsqlQueryCompilationContextFactory
{
    // Npgsql's factory keeps its own copies private.
    private readonly QueryCompilationContextDependencies _dependencies;
    private readonly RelationalQueryCompilationContextDependencies _relationalDependencies;

    public PostgresQueryExecutorContextFactory(
        QueryCompilationContextDependencies dependencies, RelationalQueryCompilationContextDependencies relationalDependencies)
        : base(dependencies, relationalDependencies)
    {
        _dependencies = dependencies;
        _relationalDependencies = relationalDependencies;
    }

    public override QueryCompilationContext Create(bool async) => new PostgresQueryExecutorContext(_dependencies, _relationalDependencies, async);
}
