using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Partners;
using LegalAid.Domain.Reports;
using LegalAid.Domain.Staff;
using LegalAid.Domain.Taxonomy;
using LegalAid.Domain.Transfers;
using LegalAid.Infrastructure.Calendar;
using LegalAid.Infrastructure.Auditing;
using LegalAid.Infrastructure.Identity;
using LegalAid.Infrastructure.Identity.Sessions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// The model shared by both providers. Each provider has a subclass only so that its migrations
/// live apart (<see cref="SqliteLegalAidDbContext"/>, <see cref="SqlServerLegalAidDbContext"/>).
/// Lawyers and coordinators see only their centre's clients, cases and consultations, and the transfers to or from it (query filters);
/// every change is audited in the same transaction.
/// </summary>
public abstract class LegalAidDbContext(DbContextOptions options, ICurrentUser currentUser, TimeProvider clock)
    : IdentityDbContext<ApplicationUser>(options), IApplicationDbContext, IDataProtectionKeyContext
{
    public DbSet<Centre> Centres => Set<Centre>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<ProblemCategory> ProblemCategories => Set<ProblemCategory>();

    public DbSet<Client> Clients => Set<Client>();

    public DbSet<ClientNameToken> ClientNameTokens => Set<ClientNameToken>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<Consultation> Consultations => Set<Consultation>();

    public DbSet<OpposingParty> OpposingParties => Set<OpposingParty>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Deadline> Deadlines => Set<Deadline>();

    public DbSet<CaseDocument> CaseDocuments => Set<CaseDocument>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<PartnerOrganisation> PartnerOrganisations => Set<PartnerOrganisation>();

    public DbSet<DonorReport> DonorReports => Set<DonorReport>();

    public DbSet<DonorReportNotice> DonorReportNotices => Set<DonorReportNotice>();
    public DbSet<ClientTransfer> ClientTransfers => Set<ClientTransfer>();

    internal DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    internal DbSet<CaseNumberCounter> CaseNumberCounters => Set<CaseNumberCounter>();

    internal DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    internal DbSet<UserSession> UserSessions => Set<UserSession>();

    /// <summary>The keys that protect cookies and antiforgery tokens, shared by every web server.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Off only while the demo generator bulk-loads invented records.</summary>
    internal bool AuditChanges { get; set; } = true;

    /// <summary>The centre whose records the current user may see; null for everyone else (filters off).</summary>
    private int? ScopeCentreId => currentUser.CentreId;

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        var audit = AuditChanges ? ChangeAudit.Capture(ChangeTracker) : ChangeAudit.None;
        try
        {
            if (audit.IsEmpty)
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            if (Database.CurrentTransaction is not null)
            {
                return await SaveWithAuditAsync(audit, acceptAllChangesOnSuccess, cancellationToken);
            }

            // Outside a command (which retries as a whole, see UnitOfWork) the change and its audit get a transaction
            // of their own, begun inside the execution strategy as SQL Server's retries demand, but tried once: a retry
            // would find the first attempt's changes accepted by the change tracker yet rolled back in the database.
            var attempt = 0;
            return await Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                if (++attempt > 1)
                {
                    throw new InvalidOperationException("Saving a change with its audit entry failed on a transient database error and was rolled back; repeat the operation.");
                }

                await using var transaction = await Database.BeginTransactionAsync(ct);
                var saved = await SaveWithAuditAsync(audit, acceptAllChangesOnSuccess, ct);
                await transaction.CommitAsync(ct);
                return saved;
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            // Join rows such as a case's other categories have a composite key and no Id.
            var entry = e.Entries.Count > 0 ? e.Entries[0] : null;
            var key = entry?.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue);
            throw new ConcurrencyConflictException(entry?.Metadata.ClrType.Name ?? "Record", key is null ? "?" : string.Join('/', key));
        }
    }

    private async Task<int> SaveWithAuditAsync(ChangeAudit audit, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        AuditEntries.AddRange(audit.Complete(currentUser, clock.GetUtcNow().UtcDateTime));
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        return saved;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LegalAidDbContext).Assembly);
        // EF.Parameter keeps the scope a nullable parameter in the SQL, so EF Core drops the filter for accounts of every
        // centre and leaves "CentreId = @scope" for the others, which an index serves. Written as "ScopeCentreId == null"
        // it became one boolean parameter, "@unscoped OR CentreId = @scope", which made SQLite scan the whole table.
        // A centre sees the clients it holds, and those of its cases that stayed behind when a client moved on.
        builder.Entity<Client>().HasQueryFilter(c => EF.Parameter(ScopeCentreId) == null || c.CentreId == ScopeCentreId || Cases.Any(k => k.ClientId == c.Id));
        builder.Entity<Case>().HasQueryFilter(c => EF.Parameter(ScopeCentreId) == null || c.CentreId == ScopeCentreId);
        // A consultation is read with its case, wherever it was held; statistics count it where it was held.
        builder.Entity<Consultation>().HasQueryFilter(c => EF.Parameter(ScopeCentreId) == null || Cases.Any(k => k.Id == c.CaseId));
        builder.Entity<Deadline>().HasQueryFilter(d => EF.Parameter(ScopeCentreId) == null || Cases.Any(c => c.Id == d.CaseId));
        builder.Entity<CaseDocument>().HasQueryFilter(d => EF.Parameter(ScopeCentreId) == null || Cases.Any(c => c.Id == d.CaseId));
        builder.Entity<Referral>().HasQueryFilter(r => EF.Parameter(ScopeCentreId) == null || Cases.Any(c => c.Id == r.CaseId));
        builder.Entity<ClientTransfer>().HasQueryFilter(t => EF.Parameter(ScopeCentreId) == null || t.FromCentreId == ScopeCentreId || t.ToCentreId == ScopeCentreId);
        builder.Entity<TransferredCase>().HasQueryFilter(c => EF.Parameter(ScopeCentreId) == null || ClientTransfers.Any(t => t.Id == c.TransferId));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Property(v => v.Version);
            version.CurrentValue = version.OriginalValue + 1;
        }
    }
}
