using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Centres;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;
using LegalAid.Domain.Staff;
using LegalAid.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>
/// The model shared by both providers. Each provider has a subclass only so that its migrations
/// live apart (<see cref="SqliteLegalAidDbContext"/>, <see cref="SqlServerLegalAidDbContext"/>).
/// </summary>
public abstract class LegalAidDbContext(DbContextOptions options) : DbContext(options), IApplicationDbContext
{
    public DbSet<Centre> Centres => Set<Centre>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<ProblemCategory> ProblemCategories => Set<ProblemCategory>();

    public DbSet<Client> Clients => Set<Client>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<Consultation> Consultations => Set<Consultation>();

    public DbSet<OpposingParty> OpposingParties => Set<OpposingParty>();

    internal DbSet<CaseNumberCounter> CaseNumberCounters => Set<CaseNumberCounter>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            var entry = e.Entries.Count > 0 ? e.Entries[0] : null;
            throw new ConcurrencyConflictException(entry?.Metadata.ClrType.Name ?? "Record", entry?.Property("Id").CurrentValue ?? "?");
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LegalAidDbContext).Assembly);

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
