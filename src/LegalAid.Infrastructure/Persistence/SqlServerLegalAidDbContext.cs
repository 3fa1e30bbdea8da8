using LegalAid.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence;

public sealed class SqlServerLegalAidDbContext(DbContextOptions<SqlServerLegalAidDbContext> options, ICurrentUser currentUser, TimeProvider clock)
    : LegalAidDbContext(options, currentUser, clock);
