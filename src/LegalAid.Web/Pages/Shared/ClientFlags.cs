namespace LegalAid.Web.Pages.Shared;

/// <summary>What every page that shows a client flags about them: consent withdrawn, or their data anonymised.</summary>
public sealed record ClientFlags(DateOnly? ConsentWithdrawnOn, DateOnly? AnonymisedOn = null);
