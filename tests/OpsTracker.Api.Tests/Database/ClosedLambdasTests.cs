using System.Linq.Expressions;
using OpsTracker.Api.Infrastructure.Database.Queries;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Database;

/// <summary>What <see cref="ClosedLambdas.MadeOnce"/> replaces by a compiled delegate, and what it must leave as it is.</summary>
public sealed class ClosedLambdasTests
{
    private static readonly ParameterExpression Number = Expression.Parameter(typeof(int), "number");

    [Fact]
    public void A_nested_lambda_that_closes_over_nothing_becomes_its_delegate_and_computes_the_same()
    {
        // number => Apply(x => x * 2, number)
        var doubled = Expression.Lambda<Func<int, int>>(Expression.Multiply(X, Expression.Constant(2)), X);
        var outer = Expression.Lambda<Func<int, int>>(Expression.Call(Apply, doubled, Number), Number);

        var madeOnce = Hoisted(outer);

        var constant = Assert.IsType<ConstantExpression>(((MethodCallExpression)madeOnce.Body).Arguments[0], exactMatch: false);
        Assert.IsType<Func<int, int>>(constant.Value);
        Assert.Equal(outer.Compile()(21), madeOnce.Compile()(21));
    }

    [Fact]
    public void A_nested_lambda_that_uses_a_parameter_of_the_lambda_around_it_is_left_inline()
    {
        // number => Apply(x => x + number, 1)
        var added = Expression.Lambda<Func<int, int>>(Expression.Add(X, Number), X);
        var outer = Expression.Lambda<Func<int, int>>(Expression.Call(Apply, added, Expression.Constant(1)), Number);

        var madeOnce = Hoisted(outer);

        Assert.IsType<Expression<Func<int, int>>>(((MethodCallExpression)madeOnce.Body).Arguments[0], exactMatch: false);
        Assert.Equal(42, madeOnce.Compile()(41));
    }

    [Fact]
    public void A_nested_lambda_that_uses_a_variable_of_a_block_around_it_is_left_inline()
    {
        // number => { var offset = number; return Apply(x => x + offset, 1); }
        var offset = Expression.Variable(typeof(int), "offset");
        var added = Expression.Lambda<Func<int, int>>(Expression.Add(X, offset), X);
        var outer = Expression.Lambda<Func<int, int>>(
            Expression.Block([offset], Expression.Assign(offset, Number), Expression.Call(Apply, added, Expression.Constant(1))), Number);

        var madeOnce = Hoisted(outer);

        Assert.Equal(42, madeOnce.Compile()(41));
        Assert.Contains(ExpressionNodes.Of(madeOnce.Body), node => node is LambdaExpression);
    }

    [Fact]
    public void A_closed_lambda_declaring_its_own_block_variables_becomes_its_delegate()
    {
        // number => Apply(x => { var y = x; return y * 3; }, number)
        var y = Expression.Variable(typeof(int), "y");
        var tripled = Expression.Lambda<Func<int, int>>(
            Expression.Block([y], Expression.Assign(y, X), Expression.Multiply(y, Expression.Constant(3))), X);
        var outer = Expression.Lambda<Func<int, int>>(Expression.Call(Apply, tripled, Number), Number);

        var madeOnce = Hoisted(outer);

        Assert.DoesNotContain(ExpressionNodes.Of(madeOnce.Body), node => node is LambdaExpression);
        Assert.Equal(42, madeOnce.Compile()(14));
    }

    [Fact]
    public void A_closed_lambda_around_an_open_one_is_left_inline_and_a_closed_one_inside_an_open_one_is_made_once()
    {
        // number => Apply(x => Apply(y => y + number, Apply(z => z * 2, x)), 5): the middle lambda closes over nothing
        // itself, but the one it holds uses number, so the middle one is not closed; z => z * 2 is.
        var y = Expression.Parameter(typeof(int), "y");
        var z = Expression.Parameter(typeof(int), "z");
        var open = Expression.Lambda<Func<int, int>>(Expression.Add(y, Number), y);
        var closed = Expression.Lambda<Func<int, int>>(Expression.Multiply(z, Expression.Constant(2)), z);
        var middle = Expression.Lambda<Func<int, int>>(Expression.Call(Apply, open, Expression.Call(Apply, closed, X)), X);
        var outer = Expression.Lambda<Func<int, int>>(Expression.Call(Apply, middle, Expression.Constant(5)), Number);

        var madeOnce = Hoisted(outer);

        Assert.Equal(2, ExpressionNodes.Of(madeOnce.Body).Count(node => node is LambdaExpression));
        Assert.Contains(ExpressionNodes.Of(madeOnce.Body), node => node is ConstantExpression { Value: Func<int, int> });
        Assert.Equal(outer.Compile()(7), madeOnce.Compile()(7));
    }

    [Fact]
    public void A_lambda_that_uses_a_parameter_also_declared_by_a_lambda_it_holds_is_left_inline()
    {
        // number => Apply(x => Apply(number => number, x) + number, 1), the inner lambda's parameter the same object as
        // the outer one's (as EF declares its query context in several lambdas): x's lambda still uses the outer number.
        var inner = Expression.Lambda<Func<int, int>>(Number, Number);
        var middle = Expression.Lambda<Func<int, int>>(Expression.Add(Expression.Call(Apply, inner, X), Number), X);
        var outer = Expression.Lambda<Func<int, int>>(Expression.Call(Apply, middle, Expression.Constant(1)), Number);

        var madeOnce = Hoisted(outer);

        Assert.Equal(1, ExpressionNodes.Of(madeOnce.Body).Count(node => node is LambdaExpression));
        Assert.Equal(outer.Compile()(41), madeOnce.Compile()(41));
    }

    [Fact]
    public void A_closed_lambda_with_a_catch_variable_of_its_own_becomes_its_delegate()
    {
        // number => Apply(x => { try { return 100 / x; } catch (DivideByZeroException e) { return e.Message.Length > 0 ? -1 : -2; } }, number)
        var caught = Expression.Variable(typeof(DivideByZeroException), "e");
        var message = Expression.Property(caught, nameof(Exception.Message));
        var safeDivision = Expression.Lambda<Func<int, int>>(
            Expression.TryCatch(
                Expression.Divide(Expression.Constant(100), X),
                Expression.Catch(caught, Expression.Condition(
                    Expression.GreaterThan(Expression.Property(message, nameof(string.Length)), Expression.Constant(0)),
                    Expression.Constant(-1), Expression.Constant(-2)))),
            X);
        var outer = Expression.Lambda<Func<int, int>>(Expression.Call(Apply, safeDivision, Number), Number);

        var madeOnce = Hoisted(outer);

        Assert.DoesNotContain(ExpressionNodes.Of(madeOnce.Body), node => node is LambdaExpression);
        Assert.Equal(-1, madeOnce.Compile()(0));
        Assert.Equal(25, madeOnce.Compile()(4));
    }

    [Fact]
    public void A_lambda_invoked_where_it_stands_is_left_for_the_compiler_to_inline_and_what_it_holds_is_made_once()
    {
        // number => ((int y) => Apply(x => x * 2, y))(number)
        var y = Expression.Parameter(typeof(int), "y");
        var doubled = Expression.Lambda<Func<int, int>>(Expression.Multiply(X, Expression.Constant(2)), X);
        var invoked = Expression.Lambda<Func<int, int>>(Expression.Call(Apply, doubled, y), y);
        var outer = Expression.Lambda<Func<int, int>>(Expression.Invoke(invoked, Number), Number);

        var madeOnce = Hoisted(outer);

        var invocation = Assert.IsType<InvocationExpression>(madeOnce.Body, exactMatch: false);
        var stillInline = Assert.IsType<LambdaExpression>(invocation.Expression, exactMatch: false);
        Assert.IsType<ConstantExpression>(((MethodCallExpression)stillInline.Body).Arguments[0], exactMatch: false);
        Assert.Equal(42, madeOnce.Compile()(21));
    }

    [Fact]
    public void A_quoted_lambda_stays_an_expression_tree()
    {
        // number => Describe(x => x * 2)
        var doubled = Expression.Lambda<Func<int, int>>(Expression.Multiply(X, Expression.Constant(2)), X);
        var outer = Expression.Lambda<Func<int, string>>(Expression.Call(Describe, Expression.Quote(doubled)), Number);

        var madeOnce = Expression.Lambda<Func<int, string>>(ClosedLambdas.MadeOnce(outer.Body), outer.Parameters);

        Assert.Equal(outer.Compile()(1), madeOnce.Compile()(1));
        Assert.Equal(ExpressionType.Quote, ((MethodCallExpression)madeOnce.Body).Arguments[0].NodeType);
    }

    private static readonly ParameterExpression X = Expression.Parameter(typeof(int), "x");

    private static readonly System.Reflection.MethodInfo Apply = typeof(ClosedLambdasTests).GetMethod(nameof(ApplyTo), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static readonly System.Reflection.MethodInfo Describe = typeof(ClosedLambdasTests).GetMethod(nameof(Described), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static int ApplyTo(Func<int, int> function, int value) => function(value);

    private static string Described(Expression<Func<int, int>> function) => function.ToString();

    private static Expression<Func<int, int>> Hoisted(Expression<Func<int, int>> outer) =>
        Expression.Lambda<Func<int, int>>(ClosedLambdas.MadeOnce(outer.Body), outer.Parameters);
}
