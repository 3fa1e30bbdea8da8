using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence;

public sealed class SqlServerLegalAidDbContext(DbContextOptions<SqlServerLegalAidDbContext> options) : LegalAidDbContext(options);
