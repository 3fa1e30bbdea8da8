using LegalAid.Domain.Cases;

namespace LegalAid.Application.Reports.GetCentreMonthlyReport;

/// <summary>An open case with a deadline past due, as the centre's monthly report lists it.</summary>
internal sealed record OverdueCase(string Number, string ClientFamilyName, string ClientGivenName, string Lawyer, DeadlineType Type, DateOnly DueOn, string? Note);
