using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Infrastructure.Database.Postgres;
using OpsTracker.Api.Infrastructure.Database.Queries;
using OpsTracker.Api.Infrastructure.Database.Sqlite;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// The API's contexts compile EF's query executors with the lambdas EF nests in them made once (see
/// <see cref="QueryExecutorCompiler"/>); the gain rests on EF nesting only closed lambdas in the read of a record by id.
/// </summary>
public sealed class QueryExecutorCompilerTests() : ApiTest(new ApiFactory())
{
    [Fact]
    public async Task The_api_s_contexts_compile_their_queries_with_the_executor_compiler_and_keep_ef_s_precompiled_contexts()
    {
        await using var db = Factory.CreateDbContext();
        var factory = db.GetService<IQueryCompilationContextFactory>();

        var context = factory.Create(async: true);

        Assert.IsType(TestDatabase.IsPostgres ? typeof(PostgresQueryExecutorContext) : typeof(SqliteQueryExecutorContext), context);
#pragma warning disable EF9100 // EF's precompiled queries (dbcontext optimize --precompile-queries) go through the same factory.
        Assert.True(factory.CreatePrecompiled(async: true).IsPrecompiling);
#pragma warning restore EF9100
    }

    [Fact]
    public async Task Every_lambda_ef_nests_in_the_by_id_read_of_a_casualty_is_closed_and_made_once()
    {
        await using var db = Factory.CreateDbContext();
        var casualties = Factory.Services.GetRequiredService<RecordKinds>().Get<CasualtyResource>();
        var read = db.Set<Casualty>().AsNoTracking().Where(c => c.Id == 1L).Select(casualties.ToVersionedResponse);

        var executor = ExecutorOf(db, read);

        Assert.True(ExpressionNodes.Of(executor.Body).Any(node => node is LambdaExpression), "EF's executor of a casualty with its lists nests no lambda: the executor compiler has nothing to do.");
        Assert.DoesNotContain(ExpressionNodes.Of(ClosedLambdas.MadeOnce(executor.Body)), node => node is LambdaExpression);
    }

    /// <summary>The executor EF compiles for <paramref name="query"/>, its lifted constants inlined: what <see cref="QueryExecutorCompiler"/> is given.</summary>
    private static LambdaExpression ExecutorOf<T>(DbContext db, IQueryable<T> query)
    {
        var context = db.GetService<IQueryCompilationContextFactory>().Create(async: true);
#pragma warning disable EF9100 // EF's own steps, as QueryExecutorCompiler takes them.
        var executor = context.CreateQueryExecutorExpression<IAsyncEnumerable<T>>(query.Expression);
        return (LambdaExpression)db.GetService<ILiftableConstantProcessor>().InlineConstants(executor, context.SupportsPrecompiledQuery);
#pragma warning restore EF9100
    }
}
