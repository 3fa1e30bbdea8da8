using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Infrastructure.Persistence;

/// <summary>Registers the provider the configuration names, with its own migrations.</summary>
internal static class DatabaseRegistration
{
    public const string ConnectionStringName = "LegalAid";

    public static void SqliteOptions(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.MigrationsHistoryTable("__EFMigrationsHistory")
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);

    /// <summary>Transient errors (an availability-group failover, a dropped connection) are retried; see UnitOfWork.</summary>
    public static void SqlServerOptions(SqlServerDbContextOptionsBuilder sqlServer) =>
        sqlServer.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
            .EnableRetryOnFailure();

    /// <summary>
    /// A Skip or Take without an order reads whichever rows the database meets first, which differ between providers
    /// and plans; such a query fails at its first run, in the tests, instead of paging unpredictably.
    /// </summary>
    public static void RefuseUnorderedPages(WarningsConfigurationBuilder warnings) =>
        warnings.Throw(CoreEventId.RowLimitingOperationWithoutOrderByWarning);

    public static IServiceCollection AddLegalAidDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        if (options.Provider == DatabaseProvider.SqlServer)
        {
            services.AddDbContext<SqlServerLegalAidDbContext>(db => db.UseSqlServer(
                    connectionString ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is required for SQL Server."),
                    SqlServerOptions)
                .ConfigureWarnings(RefuseUnorderedPages)
                .EnableThreadSafetyChecks(options.ThreadSafetyChecks),
                optionsLifetime: ServiceLifetime.Singleton);
            services.AddScoped<LegalAidDbContext>(provider => provider.GetRequiredService<SqlServerLegalAidDbContext>());
        }
        else
        {
            connectionString ??= $"Data Source={Path.Combine(contentRoot, options.SqlitePath)}";
            services.AddSingleton<SqliteWriteGate>();
            services.AddSingleton(_ => new OpenSqliteConnections(keep: new SqliteConnectionStringBuilder(connectionString).Pooling));
#pragma warning disable EF1001 // The connection service's interface is internal API; see KeptOpenSqliteConnection.
            services.AddDbContext<SqliteLegalAidDbContext>((provider, db) => db.UseSqlite(connectionString, SqliteOptions)
                .ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>()
                .AddInterceptors(
                    provider.GetRequiredService<OpenSqliteConnections>(), new SqlitePragmas(), new SqliteNameCollation(), provider.GetRequiredService<SqliteWriteGate>(),
                    new SqliteStatementCache())
                .ConfigureWarnings(RefuseUnorderedPages)
                .EnableThreadSafetyChecks(options.ThreadSafetyChecks),
                optionsLifetime: ServiceLifetime.Singleton);
#pragma warning restore EF1001
            services.AddScoped<LegalAidDbContext>(provider => provider.GetRequiredService<SqliteLegalAidDbContext>());
        }

        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        return services;
    }
}
