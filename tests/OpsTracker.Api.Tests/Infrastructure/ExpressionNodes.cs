using System.Linq.Expressions;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>Every node of an expression tree, the root first, for tests that look for a kind of node in it.</summary>
public static class ExpressionNodes
{
    public static List<Expression> Of(Expression expression)
    {
        var all = new Collector();
        all.Visit(expression);
        return all.Nodes;
    }

    private sealed class Collector : ExpressionVisitor
    {
        public List<Expression> Nodes { get; } = [];

        public override Expression? Visit(Expression? node)
        {
            if (node is not null)
            {
                Nodes.Add(node);
            }

            return base.Visit(node);
        }
    }
}
