using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Cases;
using LegalAid.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence;

public sealed class SqliteLegalAidDbContext(DbContextOptions<SqliteLegalAidDbContext> options, ICurrentUser currentUser, TimeProvider clock, AuditCrypto crypto)
    : LegalAidDbContext(options, currentUser, clock, crypto)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseForNames(NameCollations.Sqlite);
        // SQLite's planner narrows an index by a column only under a comparison: "IsDone" = 0 reads the pending part of
        // the deadlines' indexes, NOT "IsDone" (EF's SQL for !IsDone on a plain bool) every deadline of the lawyer or case.
        builder.Entity<Deadline>().Property(d => d.IsDone).HasConversion<int>();
    }
}
