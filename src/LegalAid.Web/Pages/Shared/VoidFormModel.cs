namespace LegalAid.Web.Pages.Shared;

/// <summary>What the "void with a reason" form of a consultation, deadline, referral or document shows.</summary>
/// <param name="HelpKey">The text that says what voiding this kind of record does.</param>
public sealed record VoidFormModel(int Version, string? Reason, string HelpKey);
