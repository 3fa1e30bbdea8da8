using System.Reflection;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Common.Behaviours;

/// <summary>
/// Enforces <see cref="AuthorizeAttribute"/> on every request, whoever sends it. Centre-scoped roles
/// must have a centre: a lawyer account without one would otherwise see every centre.
/// </summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly AuthorizeAttribute[] Rules = typeof(TRequest).GetCustomAttributes<AuthorizeAttribute>().ToArray();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (Rules.Length == 0)
        {
            return next();
        }

        if (!user.IsAuthenticated)
        {
            throw new UnauthorizedAccessException();
        }

        foreach (var rule in Rules.Where(r => r.Roles.Length > 0))
        {
            var allowed = rule.Roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(user.IsInRole)
                .ToList();
            if (allowed.Count == 0 || (allowed.All(Roles.IsCentreScoped) && user.CentreId is null))
            {
                throw new ForbiddenAccessException(rule.Roles);
            }
        }

        return next();
    }
}
