using System.Security.Claims;
using LegalAid.Application.Common.Security;
using Microsoft.Extensions.Localization;

namespace LegalAid.Web.Pages.Shared;

/// <summary>
/// What a refused page says: the roles that would have been allowed (empty when the need is not a role) and, for a
/// refused form, the page it was sent from.
/// </summary>
public sealed record RefusalModel(IReadOnlyList<string> NeededRoles, string? FormUrl)
{
    /// <summary>«Это доступно ролям: Координатор. Ваша роль: Юрист.», as the refusal page and the API's 403 say it; null when the need is not a role.</summary>
    public string? Needs(IStringLocalizer text, ClaimsPrincipal user) =>
        NeededRoles.Count == 0 ? null : text["Error.Forbidden.Needs", Named(NeededRoles, text), Named(Roles.All.Where(user.IsInRole), text)].Value;

    private static string Named(IEnumerable<string> roles, IStringLocalizer text) => string.Join(", ", roles.Select(role => text[$"Role.{role}"].Value));
}
