using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Auditing;
using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence;

public sealed class SqlServerLegalAidDbContext(DbContextOptions<SqlServerLegalAidDbContext> options, ICurrentUser currentUser, TimeProvider clock, AuditCrypto crypto)
    : LegalAidDbContext(options, currentUser, clock, crypto)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseForNames(NameCollations.SqlServer);
        builder.Entity<ClientNameToken>().Property(t => t.Value).UseCollation(NameCollations.SqlServerTokens);
    }
}
