using LegalAid.Application.Common.Models;
using LegalAid.Application.Exports.ExportCases;
using LegalAid.Application.Exports.ExportClients;
using LegalAid.Application.Exports.ExportConsultations;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;

namespace LegalAid.Web.Pages.Exports;

/// <summary>What one of the page's three forms sent, so that a refused export shows its form as it was filled in.</summary>
public sealed record ExportForm(string Set, ExportFormat Format, DateOnly? From, DateOnly? To, CaseStatus? Status = null, ConsultationChannel? Channel = null, int? LawyerId = null, int? CategoryId = null)
{
    public const string Clients = "Clients";
    public const string Cases = "Cases";
    public const string Consultations = "Consultations";

    public static IReadOnlyList<string> Sets { get; } = [Clients, Cases, Consultations];

    public static ExportForm Of(ExportClients sent) => new(Clients, sent.Format, sent.From, sent.To);

    public static ExportForm Of(ExportCases sent) => new(Cases, sent.Format, sent.From, sent.To, Status: sent.Status, LawyerId: sent.LawyerId, CategoryId: sent.CategoryId);

    public static ExportForm Of(ExportConsultations sent) => new(Consultations, sent.Format, sent.From, sent.To, Channel: sent.Channel, LawyerId: sent.LawyerId, CategoryId: sent.CategoryId);
}
