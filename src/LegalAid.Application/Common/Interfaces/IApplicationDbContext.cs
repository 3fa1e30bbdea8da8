using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Imports;
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

    DbSet<DataImport> DataImports { get; }

    DbSet<ImportMapping> ImportMappings { get; }

    DbSet<ImportedRow> ImportedRows { get; }

    /// <summary>For bulk work (an import) that saves in chunks and lets go of what it saved.</summary>
    Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Saves the records added since the last save, and only added ones (an import), with the same audit as
    /// <see cref="SaveChangesAsync"/>, in the current transaction, without its per-row cost.
    /// </summary>
    Task SaveAddedInBulkAsync(CancellationToken cancellationToken);
}
