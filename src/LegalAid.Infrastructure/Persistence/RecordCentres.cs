using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Transfers;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>The centre of each record the centre query filters of <see cref="LegalAidDbContext"/> hide, filters ignored.</summary>
internal sealed class RecordCentres(LegalAidDbContext db) : IRecordCentres
{
    public Task<int?> CentreOfAsync(string entityType, object key, CancellationToken cancellationToken)
    {
        if (key is not int id)
        {
            return Task.FromResult<int?>(null);
        }

        var cases = db.Cases.IgnoreQueryFilters();
        var centre = entityType switch
        {
            nameof(Client) => db.Clients.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => (int?)c.CentreId),
            nameof(Case) => cases.Where(c => c.Id == id).Select(c => (int?)c.CentreId),
            nameof(Consultation) => cases.Where(c => db.Consultations.IgnoreQueryFilters().Any(k => k.Id == id && k.CaseId == c.Id)).Select(c => (int?)c.CentreId),
            nameof(Deadline) => cases.Where(c => db.Deadlines.IgnoreQueryFilters().Any(d => d.Id == id && d.CaseId == c.Id)).Select(c => (int?)c.CentreId),
            nameof(CaseDocument) => cases.Where(c => db.CaseDocuments.IgnoreQueryFilters().Any(d => d.Id == id && d.CaseId == c.Id)).Select(c => (int?)c.CentreId),
            nameof(Referral) => cases.Where(c => db.Referrals.IgnoreQueryFilters().Any(r => r.Id == id && r.CaseId == c.Id)).Select(c => (int?)c.CentreId),
            nameof(ClientTransfer) => db.ClientTransfers.IgnoreQueryFilters().Where(t => t.Id == id).Select(t => (int?)t.FromCentreId),
            _ => null,
        };
        return centre is null ? Task.FromResult<int?>(null) : centre.SingleOrDefaultAsync(cancellationToken);
    }
}
