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
    /// Inserts new records (an import's), with everything their collections hold, in the current transaction, with the
    /// same audit as <see cref="SaveChangesAsync"/> but without its per-row cost; they are not tracked afterwards. Nothing
    /// else may be pending.
    /// </summary>
    Task InsertNewAsync<T>(IReadOnlyCollection<T> records, CancellationToken cancellationToken)
        where T : class;
}
