namespace LegalAid.Web.Pages.Shared;

/// <summary>
/// What a refused page says: the roles that would have been allowed (empty when the need is not a role) and, for a
/// refused form, the page it was sent from.
/// </summary>
public sealed record RefusalModel(IReadOnlyList<string> NeededRoles, string? FormUrl);
