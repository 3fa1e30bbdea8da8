using LegalAid.Infrastructure.DemoData;
using LegalAid.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace LegalAid.Web.Infrastructure;

internal static class StartupTasks
{
    /// <summary>Migrates the database and, where configured (Development), fills an empty one with demo data.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        }

        var generator = scope.ServiceProvider.GetRequiredService<DemoDataGenerator>();
        if (app.Configuration.GetValue<bool>("Demo:SeedWhenEmpty") && !await generator.HasClientsAsync(CancellationToken.None))
        {
            await Console.Out.WriteLineAsync("Empty database: adding demo data (about 600 clients, 3,000 consultations)...");
            await generator.GenerateAsync(new DemoDataOptions(), CancellationToken.None);
        }
    }

    /// <summary>Prints where the app listens once it does.</summary>
    public static void AnnounceWhenStarted(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Console.WriteLine();
            Console.WriteLine($"LegalAid is running at {string.Join(", ", app.Urls)}");
            Console.WriteLine("Press Ctrl+C to stop.");
        });
}
