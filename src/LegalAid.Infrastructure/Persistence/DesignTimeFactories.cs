using LegalAid.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without starting the web app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLegalAidDbContext>
{
    public SqliteLegalAidDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLegalAidDbContext>()
            .UseSqlite("Data Source=design-time.db", DatabaseRegistration.SqliteOptions)
            .Options,
            new NobodySignedIn(),
            TimeProvider.System,
            AuditCrypto.ForDesignTime());
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerLegalAidDbContext>
{
    public SqlServerLegalAidDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerLegalAidDbContext>()
            .UseSqlServer("Server=localhost;Database=LegalAid;Trusted_Connection=True;TrustServerCertificate=True", DatabaseRegistration.SqlServerOptions)
            .Options,
            new NobodySignedIn(),
            TimeProvider.System,
            AuditCrypto.ForDesignTime());
}
