using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Partners;
using LegalAid.Domain.Reports;
using LegalAid.Domain.Staff;
using LegalAid.Domain.Taxonomy;
using LegalAid.Domain.Transfers;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Common.Interfaces;

public interface IApplicationDbContext
{
    DbSet<Centre> Centres { get; }

    DbSet<StaffMember> StaffMembers { get; }

    DbSet<ProblemCategory> ProblemCategories { get; }

    DbSet<Client> Clients { get; }

    /// <summary>The words of clients' names as searched for; read only by the search (they follow <see cref="Client.RefreshSearchKeys"/>).</summary>
    DbSet<ClientNameToken> ClientNameTokens { get; }

    DbSet<Case> Cases { get; }

    DbSet<Consultation> Consultations { get; }

    DbSet<OpposingParty> OpposingParties { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<Deadline> Deadlines { get; }

    DbSet<CaseDocument> CaseDocuments { get; }

    DbSet<Referral> Referrals { get; }

    DbSet<PartnerOrganisation> PartnerOrganisations { get; }

    DbSet<DonorReport> DonorReports { get; }

    DbSet<DonorReportNotice> DonorReportNotices { get; }
    DbSet<ClientTransfer> ClientTransfers { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
