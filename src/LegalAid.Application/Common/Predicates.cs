using System.Linq.Expressions;

namespace LegalAid.Application.Common;

/// <summary>Conditions on a record joined into one that EF translates: the second's parameter becomes the first's.</summary>
internal static class Predicates
{
    public static Expression<Func<T, bool>> And<T>(this Expression<Func<T, bool>> first, Expression<Func<T, bool>> second) =>
        Join(first, second, Expression.AndAlso);

    public static Expression<Func<T, bool>> Or<T>(this Expression<Func<T, bool>> first, Expression<Func<T, bool>> second) =>
        Join(first, second, Expression.OrElse);

    private static Expression<Func<T, bool>> Join<T>(Expression<Func<T, bool>> first, Expression<Func<T, bool>> second, Func<Expression, Expression, BinaryExpression> join) =>
        Expression.Lambda<Func<T, bool>>(join(first.Body, new ParameterSwap(second.Parameters[0], first.Parameters[0]).Visit(second.Body)), first.Parameters);

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
