namespace LegalAid.Web.Pages.Shared;

/// <summary>A link to a client's page, named by the client's name, or by number once their data is anonymised (the name is then empty).</summary>
public sealed record ClientLink(int Id, string? Name);
