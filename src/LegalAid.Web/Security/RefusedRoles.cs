using LegalAid.Application.Common.Security;
using LegalAid.Web.Pages.Shared;

namespace LegalAid.Web.Security;

/// <summary>
/// What the 403 page a refusal is re-executed into can say about it, kept on the request: the roles that would have
/// been allowed (only when the need is only roles, not, say, "the consultation's lawyer") and, when a page the user
/// may open refused what its form sent, that page.
/// </summary>
internal static class RefusedRoles
{
    private const string Key = "LegalAid.Refusal";

    public static void Remember(HttpContext context, IEnumerable<string> roles, string? formUrl = null)
    {
        var needed = roles.Distinct().ToList();
        context.Items[Key] = new RefusalModel(needed.All(Roles.All.Contains) ? needed : [], formUrl);
    }

    /// <summary>Remembers a refusal's "needs", a comma-separated list of roles.</summary>
    public static void Remember(HttpContext context, string? needs, string? formUrl) =>
        Remember(context, (needs ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), formUrl);

    public static RefusalModel Of(HttpContext context) => context.Items[Key] as RefusalModel ?? new RefusalModel([], FormUrl: null);
}
