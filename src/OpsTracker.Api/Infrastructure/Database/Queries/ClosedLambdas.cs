using System.Linq.Expressions;

namespace OpsTracker.Api.Infrastructure.Database.Queries;

/// <summary>
/// Replaces each lambda in an expression that refers to no variable of an enclosing scope (a closed lambda) by its
/// compiled delegate, as a constant. Lambdas are compiled innermost first, so a closed lambda holding others holds
/// their delegates. A lambda that refers to an enclosing parameter or block variable is left as it is, and a quoted
/// lambda (an expression tree as a value) too.
/// </summary>
public static class ClosedLambdas
{
    public static Expression MadeOnce(Expression expression) => new Hoister().Visit(expression);

    private sealed class Hoister : ExpressionVisitor
    {
        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            var lambda = node.Update(Visit(node.Body), node.Parameters);
            return FreeVariables.Any(lambda) ? lambda : Expression.Constant(lambda.Compile(), lambda.Type);
        }

        protected override Expression VisitUnary(UnaryExpression node) =>
            node.NodeType == ExpressionType.Quote ? node : base.VisitUnary(node);
    }

    /// <summary>Finds a variable used in an expression outside every scope of the expression that declares it.</summary>
    private sealed class FreeVariables : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _declared = [];
        private bool _found;

        public static bool Any(LambdaExpression lambda)
        {
            var finder = new FreeVariables();
            finder.Visit(lambda);
            return finder._found;
        }

        public override Expression? Visit(Expression? node) => _found ? node : base.Visit(node);

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            _declared.UnionWith(node.Parameters);
            return base.VisitLambda(node);
        }

        protected override Expression VisitBlock(BlockExpression node)
        {
            _declared.UnionWith(node.Variables);
            return base.VisitBlock(node);
        }

        protected override CatchBlock VisitCatchBlock(CatchBlock node)
        {
            if (node.Variable is not null)
            {
                _declared.Add(node.Variable);
            }

            return base.VisitCatchBlock(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found |= !_declared.Contains(node);
            return node;
        }
    }
}
