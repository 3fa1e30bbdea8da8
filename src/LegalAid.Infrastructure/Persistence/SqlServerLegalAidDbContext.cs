using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence;

public sealed class SqlServerLegalAidDbContext(DbContextOptions<SqlServerLegalAidDbContext> options, ICurrentUser currentUser, TimeProvider clock, AuditCrypto crypto)
    : LegalAidDbContext(options, currentUser, clock, crypto);
