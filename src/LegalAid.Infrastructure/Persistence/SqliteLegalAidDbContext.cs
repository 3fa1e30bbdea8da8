using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence;

public sealed class SqliteLegalAidDbContext(DbContextOptions<SqliteLegalAidDbContext> options) : LegalAidDbContext(options);
