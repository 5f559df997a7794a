using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Infrastructure.Database.Postgres;
using OpsTracker.Api.Infrastructure.Database.Queries;
using OpsTracker.Api.Infrastructure.Database.Sqlite;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// The API's contexts compile EF's query executors with the lambdas EF nests in them made once (see
/// <see cref="QueryExecutorCompiler"/>); that rests on EF nesting only closed lambdas in a read of a record with its lists.
/// </summary>
public sealed class QueryExecutorCompilerTests() : ApiTest(new ApiFactory())
{
    [Fact]
    public async Task The_api_s_contexts_compile_their_queries_with_the_executor_compiler()
    {
        await using var db = Factory.CreateDbContext();

        var context = db.GetService<IQueryCompilationContextFactory>().Create(async: true);

        Assert.IsType(TestDatabase.IsPostgres ? typeof(PostgresQueryExecutorContext) : typeof(SqliteQueryExecutorContext), context);
    }

    [Fact]
    public async Task Every_lambda_ef_nests_in_a_read_of_a_record_with_its_lists_is_closed_and_made_once()
    {
        await using var db = Factory.CreateDbContext();
        var read = db.Set<Casualty>().AsNoTracking().Where(c => c.Id == 1L).Select(c => new
        {
            c.Id,
            PersonIds = c.PersonLinks.OrderBy(l => l.PersonId).Select(l => l.PersonId).ToList(),
            Citations = c.SourceLinks.OrderBy(l => l.SourceId).Select(l => new { l.SourceId, l.Quote }).ToList(),
        });

        var executor = ExecutorOf(db, read);

        Assert.True(Lambdas.In(executor.Body) > 0, "EF's executor of a record with its lists nests no lambda: the executor compiler has nothing to do.");
        Assert.Equal(0, Lambdas.In(ClosedLambdas.MadeOnce(executor.Body)));
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

    private sealed class Lambdas : ExpressionVisitor
    {
        private int _count;

        public static int In(Expression expression)
        {
            var counter = new Lambdas();
            counter.Visit(expression);
            return counter._count;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            _count++;
            return base.VisitLambda(node);
        }
    }
}
