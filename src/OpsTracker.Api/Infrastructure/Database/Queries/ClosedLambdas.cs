using System.Linq.Expressions;

namespace OpsTracker.Api.Infrastructure.Database.Queries;

/// <summary>
/// Replaces each lambda in an expression that refers to no variable of an enclosing scope (a closed lambda) by its
/// compiled delegate, as a constant. Lambdas are compiled innermost first, so a closed lambda holding others holds
/// their delegates. Left as they are: a lambda that refers to an enclosing parameter or block variable, a quoted
/// lambda (an expression tree as a value), and a lambda invoked where it stands, which the compiler inlines without
/// making a delegate (what it holds is still replaced).
/// </summary>
public static class ClosedLambdas
{
    public static Expression MadeOnce(Expression expression) => new Hoister().Visit(expression);

    private sealed class Hoister : ExpressionVisitor
    {
        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            var lambda = WithBodyVisited(node);
            return FreeVariables.Any(lambda) ? lambda : Expression.Constant(lambda.Compile(), lambda.Type);
        }

        protected override Expression VisitInvocation(InvocationExpression node) =>
            node.Expression is LambdaExpression invoked
                ? node.Update(WithBodyVisited(invoked), Visit(node.Arguments))
                : base.VisitInvocation(node);

        protected override Expression VisitUnary(UnaryExpression node) =>
            node.NodeType == ExpressionType.Quote ? node : base.VisitUnary(node);

        private LambdaExpression WithBodyVisited(LambdaExpression lambda) =>
            Expression.Lambda(lambda.Type, Visit(lambda.Body), lambda.Name, lambda.TailCall, lambda.Parameters);
    }

    /// <summary>
    /// Finds a variable used outside every scope that declares it. Scopes are tracked as they open and close: EF
    /// declares the same parameter objects (the query context, the data reader) in sibling and nested lambdas.
    /// </summary>
    private sealed class FreeVariables : ExpressionVisitor
    {
        private readonly Dictionary<ParameterExpression, int> _inScope = [];
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
            Enter(node.Parameters);
            var visited = base.VisitLambda(node);
            Leave(node.Parameters);
            return visited;
        }

        protected override Expression VisitBlock(BlockExpression node)
        {
            Enter(node.Variables);
            var visited = base.VisitBlock(node);
            Leave(node.Variables);
            return visited;
        }

        protected override CatchBlock VisitCatchBlock(CatchBlock node)
        {
            ParameterExpression[] variable = node.Variable is null ? [] : [node.Variable];
            Enter(variable);
            var visited = base.VisitCatchBlock(node);
            Leave(variable);
            return visited;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found |= !_inScope.ContainsKey(node);
            return node;
        }

        private void Enter(IEnumerable<ParameterExpression> declared)
        {
            foreach (var variable in declared)
            {
                _inScope[variable] = _inScope.GetValueOrDefault(variable) + 1;
            }
        }

        private void Leave(IEnumerable<ParameterExpression> declared)
        {
            foreach (var variable in declared)
            {
                if (--_inScope[variable] == 0)
                {
                    _inScope.Remove(variable);
                }
            }
        }
    }
}
