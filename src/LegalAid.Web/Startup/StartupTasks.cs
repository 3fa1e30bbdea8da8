using LegalAid.Infrastructure.DemoData;
using LegalAid.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace LegalAid.Web.Startup;

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

        if (!app.Environment.IsDevelopment() || !app.Configuration.GetValue<bool>("Demo:SeedWhenEmpty"))
        {
            return;
        }

        var generator = scope.ServiceProvider.GetRequiredService<DemoDataGenerator>();
        var isNew = !await generator.HasClientsAsync(CancellationToken.None);
        if (isNew)
        {
            await Console.Out.WriteLineAsync("Empty database: adding demo data (about 600 clients, 3,000 consultations, four donor reports)...");
            await generator.GenerateAsync(new DemoDataOptions(), CancellationToken.None);
        }

        var password = app.Configuration["Demo:Password"]
            ?? throw new InvalidOperationException("Demo:Password is not configured (appsettings.Development.json).");
        var logins = await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync(password, CancellationToken.None);
        if (isNew)
        {
            await DemoDonorReports.AddAsync(app.Services, DemoAccounts.ProgrammeEmail, CancellationToken.None);
        }

        app.Lifetime.ApplicationStarted.Register(() => PrintDemoLogins(logins, password));
    }

    private static void PrintDemoLogins(IReadOnlyList<DemoAccounts.Login> logins, string password)
    {
        Console.WriteLine();
        Console.WriteLine($"Demo accounts (Development only), password for all: {password}");
        foreach (var login in logins)
        {
            Console.WriteLine($"  {login.Email,-32} {login.Role,-15} {login.Centre}");
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
