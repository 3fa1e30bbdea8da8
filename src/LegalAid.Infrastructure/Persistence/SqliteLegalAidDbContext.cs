using LegalAid.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence;

public sealed class SqliteLegalAidDbContext(DbContextOptions<SqliteLegalAidDbContext> options, ICurrentUser currentUser, TimeProvider clock)
    : LegalAidDbContext(options, currentUser, clock)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseForNames(NameCollations.Sqlite);
    }
}
