using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Infrastructure.Identity;
using LegalAid.Infrastructure.Persistence;
using LegalAid.Web.Tests.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LegalAid.Web.Tests;

/// <summary>
/// The whole web app on a fresh SQLite file (a copy of <see cref="MigratedDatabase"/>'s unless given one), no demo
/// data, and one account per role: lawyers of Moscow and Kazan, a Moscow coordinator, programme staff, a donor and an
/// administrator.
/// </summary>
public sealed class LegalAidFactory(IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const int Moscow = 1;
    public const int Kazan = 2;
    public const string Password = "correct horse battery staple";

    public const string LawyerMow = "lawyer.mow@test.legalaid";
    public const string LawyerKzn = "lawyer.kzn@test.legalaid";
    public const string CoordinatorMow = "coordinator.mow@test.legalaid";
    public const string CoordinatorKzn = "coordinator.kzn@test.legalaid";
    public const string Programme = "programme@test.legalaid";
    public const string Donor = "donor@test.legalaid";
    public const string Admin = "admin@test.legalaid";

    public const string SessionCookie = "LegalAid.Session";

    private const int TestPasswordHashRounds = 1000;

    /// <summary>The audit trail's master key in tests (a real deployment keeps its own in a secret).</summary>
    public const string MasterKey = "dX0UKntNjmapVv83Q/MRSMuAM1hEUBnS1ERqc+fCrCQ=";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "legalaid-web-tests", Guid.NewGuid().ToString("N"));

    public Dictionary<int, int> LawyerOf { get; } = [];

    /// <summary>This app's database; a second factory given it as <c>ConnectionStrings:LegalAid</c> is a second web server.</summary>
    public string ConnectionString => $"Data Source={DatabaseFile}";

    private string DatabaseFile => Path.Combine(folder, "legalaid.db");

    /// <summary>When set, the app's clock: tests move it forward instead of waiting.</summary>
    public FakeTimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        // A factory made by WithWebHostBuilder configures the same folder again, and shares its database.
        if (settings?.ContainsKey("ConnectionStrings:LegalAid") != true && !File.Exists(DatabaseFile))
        {
            MigratedDatabase.CopyTo(DatabaseFile);
        }

        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:LegalAid", ConnectionString);
        builder.UseSetting("Demo:SeedWhenEmpty", "false");
        builder.UseSetting("Audit:MasterKey", MasterKey);
        builder.UseSetting("Security:SignInAttemptsPerMinute", "1000");
        builder.UseSetting("Security:RequireTwoFactorForAdministrators", "false");
        // Tests write data after start-up and read statistics right away: no background copy that could be older.
        builder.UseSetting("Statistics:KeepRecentYears", "0");
        // Tests read the audit trail right after a view: each written within its request (BatchedViewAuditTests try the batches).
        builder.UseSetting("Audit:ViewBatchWindow", "00:00:00");
        // Production turns EF Core's check off for speed; tests keep it, so that a context used twice at once fails.
        builder.UseSetting("Database:ThreadSafetyChecks", "true");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddTransient<IStartupFilter, LoopbackRemoteAddress>();
            // Identity's own PBKDF2, with fewer rounds than its 100,000: at those, hashing the seven accounts' passwords
            // and signing in took a third of a test's set-up.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswordHashRounds);
            if (Clock is not null)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }
        });
    }

    /// <summary>The in-memory test server has no socket, so requests get the loopback address a browser would have.</summary>
    private sealed class LoopbackRemoteAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= System.Net.IPAddress.Loopback;
                return nextMiddleware();
            });
            next(app);
        };
    }

    public async Task SeedAccountsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<IUserAdministration>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var (email, role, centre) in new (string, string, int?)[]
        {
            (LawyerMow, Roles.Lawyer, Moscow), (LawyerKzn, Roles.Lawyer, Kazan), (CoordinatorMow, Roles.Coordinator, Moscow),
            (CoordinatorKzn, Roles.Coordinator, Kazan), (Programme, Roles.ProgrammeStaff, null), (Donor, Roles.Donor, null), (Admin, Roles.Administrator, null),
        })
        {
            var created = await accounts.CreateAsync(new NewAccount(email, $"Тест {role} {centre}", role, centre, Password), CancellationToken.None);
            if (role == Roles.Lawyer)
            {
                LawyerOf[centre!.Value] = (await users.FindByIdAsync(created.UserId))!.StaffMemberId!.Value;
            }
        }
    }

    /// <summary>A browser-like client signed in through the real sign-in form.</summary>
    public async Task<HttpClient> SignInAsync(string email, bool followRedirects = true)
    {
        var client = Browser(allowAutoRedirect: followRedirects);
        var response = await TrySignInAsync(client, email, Password);
        Assert.True(
            followRedirects ? response.RequestMessage!.RequestUri!.AbsolutePath == "/" : response.StatusCode == System.Net.HttpStatusCode.Redirect,
            $"Signing in as {email} failed: {response.StatusCode} {response.RequestMessage?.RequestUri}");
        return client;
    }

    /// <summary>
    /// Signs in like <see cref="SignInAsync"/> (without following redirects) and also returns the session cookie
    /// as the server set it, so that a test can send it again later from anywhere, as a copied cookie would be.
    /// </summary>
    public async Task<(HttpClient Browser, string Cookie)> SignInKeepingCookieAsync(string email)
    {
        var browser = Browser(allowAutoRedirect: false);
        var response = await TrySignInAsync(browser, email, Password);
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';')[0]).SingleOrDefault(c => c.StartsWith(SessionCookie + "=", StringComparison.Ordinal))
            : null;
        Assert.True(cookie is not null, $"Signing in as {email} set no session cookie: {response.StatusCode}");
        return (browser, cookie);
    }

    /// <summary>A client that sends exactly this cookie on every request and keeps nothing the server sets.</summary>
    public HttpClient WithCookie(string cookie)
    {
        var client = Browser(allowAutoRedirect: false, handleCookies: false);
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>
    /// Starts the app on Kestrel at a free 127.0.0.1 port, a node as in production; the clients this factory makes then
    /// go through the socket. <see cref="ClientOptions"/> holds the address.
    /// </summary>
    public void StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        onKestrel = true;
    }

    private bool onKestrel;

    /// <summary>
    /// A client of this server. On Kestrel the factory's own clients end in a socket handler that follows redirects and
    /// keeps cookies whatever the options say, so that handler is made here with the options applied.
    /// </summary>
    private HttpClient Browser(bool allowAutoRedirect, bool handleCookies = true) => onKestrel
        ? new HttpClient(new HttpClientHandler { AllowAutoRedirect = allowAutoRedirect, UseCookies = handleCookies }) { BaseAddress = ClientOptions.BaseAddress }
        : CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = allowAutoRedirect, HandleCookies = handleCookies });

    public static async Task<HttpResponseMessage> TrySignInAsync(HttpClient client, string email, string password)
    {
        var form = await HtmlPage.GetAsync(client, "/Account/Login");
        return await HtmlPage.SubmitAsync(client, form, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    /// <summary>A new Moscow lawyer's account, as an administrator creates it; the one-time password it must replace.</summary>
    public async Task<string> CreateLawyerWithOneTimePasswordAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<IUserAdministration>()
            .CreateAsync(new NewAccount(email, "Новый юрист", "Lawyer", Moscow), CancellationToken.None);
        return created.OneTimePassword!;
    }

    /// <summary>Issues the account a calendar feed, as its Account → Calendar feed page would; the secret of its address.</summary>
    public async Task<string> IssueCalendarFeedAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        return await scope.ServiceProvider.GetRequiredService<ICalendarFeeds>().IssueAsync(account!.Id, "ru", CancellationToken.None);
    }

    public async Task<T> InDatabaseAsync<T>(Func<LegalAidDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LegalAidDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
