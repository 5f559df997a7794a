using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;

namespace OpsTracker.Api.Infrastructure.Database.Queries;

/// <summary>
/// Compiles EF's query executors as EF does, with each lambda nested in one that closes over nothing made a delegate
/// once, at compilation. EF's shaper of a query that reads a collection (a record's citations, its ids) nests lambdas
/// in the executor (the collection's inner shaper and identifiers); <c>Expression.Compile</c> emits each as a method of
/// its own and makes a new delegate of it, through reflection, every time the executor reaches it: on every read of a
/// record by id. A closed lambda is the same function whenever it is made, so it is made once and the executor holds it
/// as a constant.
/// </summary>
#pragma warning disable EF9100 // CreateQueryExecutorExpression and SupportsPrecompiledQuery: EF's own CreateQueryExecutor, step by step.
public static class QueryExecutorCompiler
{
    /// <summary>What <see cref="QueryCompilationContext.CreateQueryExecutor{TResult}"/> does, with the nested lambdas made once.</summary>
    public static Func<QueryContext, TResult> Compile<TResult>(
        QueryCompilationContext context, QueryCompilationContextDependencies dependencies, Expression query)
    {
        var executor = context.CreateQueryExecutorExpression<TResult>(query);

        // As EF does: the constants the shaper lifts (materializers, comparers) are evaluated and embedded.
        var inlined = (Expression<Func<QueryContext, TResult>>)dependencies.LiftableConstantProcessor.InlineConstants(
            executor, context.SupportsPrecompiledQuery);
        try
        {
            return inlined.Update(ClosedLambdas.MadeOnce(inlined.Body), inlined.Parameters).Compile();
        }
        finally
        {
            context.Logger.QueryExecutionPlanned(dependencies.Context, new ExpressionPrinter(), executor);
        }
    }
}
#pragma warning restore EF9100
