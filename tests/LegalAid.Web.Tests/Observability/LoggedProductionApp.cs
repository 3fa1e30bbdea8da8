using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace LegalAid.Web.Tests.Observability;

/// <summary>
/// The app in Production with these settings, its log captured as the JSON console prints it (<see cref="LogCapture"/>)
/// from <paramref name="minimum"/> up.
/// </summary>
internal sealed class LoggedProductionApp(IReadOnlyDictionary<string, string> settings, LogLevel minimum = LogLevel.Information) : IAsyncDisposable
{
    private WebApplicationFactory<Program> app = null!;

    public LegalAidFactory Factory { get; } = new(new Dictionary<string, string>(settings) { ["environment"] = "Production" });

    public LogCapture Log { get; private set; } = null!;

    public IServiceProvider Services => app.Services;

    public async Task StartAsync()
    {
        await Factory.SeedAccountsAsync();
        app = Factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(provider =>
            new LogCapture(provider.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json), minimum))));
        Log = app.Services.GetServices<ILoggerProvider>().OfType<LogCapture>().Single();
    }

    /// <summary>A browser signed in as the Moscow lawyer, over HTTPS as Production requires.</summary>
    public async Task<HttpClient> SignInAsync()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        var response = await LegalAidFactory.TrySignInAsync(client, LegalAidFactory.LawyerMow, LegalAidFactory.Password);
        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await Factory.DisposeAsync();
    }
}
