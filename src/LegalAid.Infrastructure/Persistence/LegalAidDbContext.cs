using LegalAid.Application.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Imports;
using LegalAid.Domain.Partners;
using LegalAid.Domain.Reports;
using LegalAid.Domain.Staff;
using LegalAid.Domain.Taxonomy;
using LegalAid.Domain.Transfers;
using LegalAid.Infrastructure.Calendar;
using LegalAid.Infrastructure.Auditing;
using LegalAid.Infrastructure.Identity;
using LegalAid.Infrastructure.Identity.Sessions;
using LegalAid.Infrastructure.Persistence.CaseCounts;
using LegalAid.Infrastructure.Persistence.ReferenceData;
using LegalAid.Infrastructure.Persistence.StatisticsPacks;
using LegalAid.Infrastructure.Persistence.SubmittedRequests;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// The model shared by both providers. Each provider has a subclass only so that its migrations
/// live apart (<see cref="SqliteLegalAidDbContext"/>, <see cref="SqlServerLegalAidDbContext"/>).
/// Lawyers and coordinators see only their centre's clients, cases and consultations, and the transfers to or from
/// it, and nobody sees voided records but the case file's "show voided" view (named query filters, see
/// <see cref="QueryFilters"/>);
/// every change is audited in the same transaction, chained to the trail (<see cref="AuditChain"/>).
/// </summary>
public abstract class LegalAidDbContext(DbContextOptions options, ICurrentUser currentUser, TimeProvider clock, AuditCrypto crypto)
    : IdentityDbContext<ApplicationUser>(options), IApplicationDbContext, IDataProtectionKeyContext
{
    private readonly List<AuditEntry> recordedEvents = [];
    private ClientKeyRing? keys;
    private AuditSealing? sealing;

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

    public DbSet<DataImport> DataImports => Set<DataImport>();

    public DbSet<ImportMapping> ImportMappings => Set<ImportMapping>();

    public DbSet<ImportedRow> ImportedRows => Set<ImportedRow>();

    internal DbSet<CaseNumberCounter> CaseNumberCounters => Set<CaseNumberCounter>();

    internal DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    internal DbSet<UserSession> UserSessions => Set<UserSession>();

    internal DbSet<ClientKey> ClientKeys => Set<ClientKey>();

    internal DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    internal DbSet<StatisticsPack> StatisticsPacks => Set<StatisticsPack>();

    internal DbSet<CaseCount> CaseCounts => Set<CaseCount>();

    internal DbSet<ReferenceDataStamp> ReferenceDataStamps => Set<ReferenceDataStamp>();

    internal DbSet<SubmittedRequest> SubmittedRequests => Set<SubmittedRequest>();

    /// <summary>The clients' audit keys this context reads, creates and destroys.</summary>
    internal ClientKeyRing Keys => keys ??= new ClientKeyRing(this, crypto, clock);

    /// <summary>Seals and opens the personal values of this context's audit entries.</summary>
    internal AuditSealing Sealing => sealing ??= new AuditSealing(this, Keys);

    /// <summary>The keys that protect cookies and antiforgery tokens, shared by every web server.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Off only while the demo generator bulk-loads invented records.</summary>
    internal bool AuditChanges { get; set; } = true;

    /// <summary>The centre whose records the current user may see; null for everyone else (filters off).</summary>
    private int? ScopeCentreId => currentUser.CentreId;

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // EF Core would set a savepoint before each save inside an open transaction. SQLite journals every statement
        // against it, and truncating that in-memory journal after each one takes longer the more the save has written
        // (94 % of the demo generator's time on a large file; a third of an import's save onto cases already there).
        // A failed save fails its command, which rolls back as a whole; the one step that recovers from a refused
        // insert and goes on sets a savepoint of its own (CaseNumberAllocator).
        Database.AutoSavepointsEnabled = false;
        BumpVersions();
        var audit = AuditChanges ? ChangeAudit.Capture(ChangeTracker) : ChangeAudit.None;
        var derived = DerivedValueChanges.Capture(ChangeTracker);
        var events = TakeRecordedEvents();
        try
        {
            if (Database.CurrentTransaction is not null)
            {
                return await SaveInTransactionAsync(audit, derived, events, acceptAllChangesOnSuccess, cancellationToken);
            }

            // Outside a command (which retries as a whole, see UnitOfWork) the change, the values derived from it (the case
            // counts move by differences: a change saved without them would leave them wrong for good) and its audit get a
            // transaction of their own, begun inside the execution strategy as SQL Server's retries demand, but tried once:
            // a retry would find the first attempt's changes accepted by the change tracker yet rolled back in the database.
            var attempt = 0;
            return await Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                if (++attempt > 1)
                {
                    throw new InvalidOperationException("Saving a change with its audit entry failed on a transient database error and was rolled back; repeat the operation.");
                }

                return await Database.InNewTransactionAsync(work => SaveInTransactionAsync(audit, derived, events, acceptAllChangesOnSuccess, work), ct);
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

    /// <summary>
    /// Inserts new records with everything their collections hold, audited as SaveChanges audits created records, in the
    /// current transaction, and leaves them untracked: on SQLite straight from the objects (<see cref="BulkInsert"/>), the
    /// entries sealed, chained and inserted the same way; on SQL Server, whose provider batches inserts itself, with
    /// SaveChanges. Nothing else may be pending.
    /// </summary>
    public async Task InsertNewAsync<T>(IReadOnlyCollection<T> records, CancellationToken cancellationToken)
        where T : class
    {
        if (ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("Inserting new records in bulk saves nothing else: save pending changes with SaveChangesAsync first.");
        }

        if (!Database.IsSqlite())
        {
            Set<T>().AddRange(records);
            await SaveChangesAsync(cancellationToken);
            ChangeTracker.Clear();
            return;
        }

        var inserted = BulkInsert.Insert(this, Model.FindEntityType(typeof(T))!, records, cancellationToken);
        await DerivedValueChanges.Inserted(inserted).ApplyAsync(this, cancellationToken);
        var audit = AuditChanges ? ChangeAudit.CaptureCreated(inserted) : ChangeAudit.None;
        var events = TakeRecordedEvents();
        if (audit.IsEmpty && events.Count == 0)
        {
            return;
        }

        Sealing.Know(inserted.Select(r => r.Entity).OfType<Case>());
        var changes = await audit.CompleteAsync(Sealing, currentUser, clock.GetUtcNow().UtcDateTime, cancellationToken);
        List<AuditEntry> entries = [.. changes, .. events];
        await AuditChain.LinkAsync(this, entries, cancellationToken);
        BulkInsert.Insert(this, Model.FindEntityType(typeof(AuditEntry))!, entries, cancellationToken);

        // The keys the sealing made for new clients wait in the change tracker (see ClientKeyRing), which need not keep
        // them once inserted: the ring keeps them unwrapped.
        var keys = ChangeTracker.Entries<ClientKey>().Where(e => e.State == EntityState.Added).ToList();
        BulkInsert.Insert(this, Model.FindEntityType(typeof(ClientKey))!, keys.Select(k => k.Entity), cancellationToken);
        keys.ForEach(key => key.State = EntityState.Detached);
    }

    /// <summary>
    /// The changes first (with the values derived from them), then their entries and the recorded events, chained in
    /// one append; nothing to chain for the demo generator's bulk load, which is not audited.
    /// </summary>
    private async Task<int> SaveInTransactionAsync(ChangeAudit audit, DerivedValueChanges derived, List<AuditEntry> events, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await derived.ApplyAsync(this, cancellationToken);
        if (audit.IsEmpty && events.Count == 0)
        {
            return saved;
        }

        var changes = await audit.CompleteAsync(Sealing, currentUser, clock.GetUtcNow().UtcDateTime, cancellationToken);
        List<AuditEntry> entries = [.. changes, .. events];
        await AuditChain.AppendAsync(this, entries, cancellationToken);

        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        // Written once and never changed: a long-lived context need not keep them.
        entries.ForEach(entry => Entry(entry).State = EntityState.Detached);
        return saved;
    }

    /// <summary>
    /// Queues an event's entry for the next save, which chains it after the changes' entries. It waits outside the change
    /// tracker: until it is linked it has no id, and several unlinked entries would share one.
    /// </summary>
    internal void Record(AuditEntry entry) => recordedEvents.Add(entry);

    private List<AuditEntry> TakeRecordedEvents()
    {
        var taken = recordedEvents.ToList();
        recordedEvents.Clear();
        return taken;
    }

    /// <summary>
    /// After personal data was removed and committed, SQLite copies its write-ahead log into the database file and truncates
    /// it, so the old values are left neither in the log nor (with secure_delete, see <see cref="SqlitePragmas"/>) in freed pages.
    /// </summary>
    internal async Task EmptyWriteAheadLogAsync(CancellationToken cancellationToken)
    {
        if (Database.IsSqlite())
        {
            await Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LegalAidDbContext).Assembly);
        // EF.Parameter keeps the scope a nullable parameter in the SQL, so EF Core drops the filter for accounts of every
        // centre and leaves "CentreId = @scope" for the others, which an index serves. Written as "ScopeCentreId == null"
        // it became one boolean parameter, "@unscoped OR CentreId = @scope", which made SQLite scan the whole table.
        // A centre sees the clients it holds, and those of its cases that stayed behind when a client moved on.
        builder.Entity<Client>().HasQueryFilter(QueryFilters.CentreScope, c => EF.Parameter(ScopeCentreId) == null || c.CentreId == ScopeCentreId || Cases.Any(k => k.ClientId == c.Id));
        builder.Entity<Case>().HasQueryFilter(QueryFilters.CentreScope, c => EF.Parameter(ScopeCentreId) == null || c.CentreId == ScopeCentreId);
        builder.Entity<CaseCount>().HasQueryFilter(QueryFilters.CentreScope, c => EF.Parameter(ScopeCentreId) == null || c.CentreId == ScopeCentreId);
        // A consultation is read with its case, wherever it was held; statistics count it where it was held.
        builder.Entity<Consultation>().HasQueryFilter(QueryFilters.CentreScope, c => EF.Parameter(ScopeCentreId) == null || Cases.Any(k => k.Id == c.CaseId))
            .HasQueryFilter(QueryFilters.Voided, c => c.VoidedAtUtc == null);
        builder.Entity<Deadline>().HasQueryFilter(QueryFilters.CentreScope, d => EF.Parameter(ScopeCentreId) == null || Cases.Any(c => c.Id == d.CaseId))
            .HasQueryFilter(QueryFilters.Voided, d => d.VoidedAtUtc == null);
        builder.Entity<CaseDocument>().HasQueryFilter(QueryFilters.CentreScope, d => EF.Parameter(ScopeCentreId) == null || Cases.Any(c => c.Id == d.CaseId))
            .HasQueryFilter(QueryFilters.Voided, d => d.VoidedAtUtc == null);
        builder.Entity<Referral>().HasQueryFilter(QueryFilters.CentreScope, r => EF.Parameter(ScopeCentreId) == null || Cases.Any(c => c.Id == r.CaseId))
            .HasQueryFilter(QueryFilters.Voided, r => r.VoidedAtUtc == null);
        builder.Entity<ClientTransfer>().HasQueryFilter(QueryFilters.CentreScope, t => EF.Parameter(ScopeCentreId) == null || t.FromCentreId == ScopeCentreId || t.ToCentreId == ScopeCentreId);
        builder.Entity<TransferredCase>().HasQueryFilter(QueryFilters.CentreScope, c => EF.Parameter(ScopeCentreId) == null || ClientTransfers.Any(t => t.Id == c.TransferId));
        builder.Entity<DataImport>().HasQueryFilter(QueryFilters.CentreScope, i => EF.Parameter(ScopeCentreId) == null || i.CentreId == ScopeCentreId);
        builder.Entity<ImportMapping>().HasQueryFilter(QueryFilters.CentreScope, m => EF.Parameter(ScopeCentreId) == null || m.CentreId == ScopeCentreId);
        builder.Entity<ImportedRow>().HasQueryFilter(QueryFilters.CentreScope, r => EF.Parameter(ScopeCentreId) == null || r.CentreId == ScopeCentreId);
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
