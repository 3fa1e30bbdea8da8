using LegalAid.Application.Common.Interfaces;
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
    }
}
