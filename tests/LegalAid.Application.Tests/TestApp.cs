using LegalAid.Application;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Domain.Staff;
using LegalAid.Infrastructure;
using LegalAid.Infrastructure.Persistence;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LegalAid.Application.Tests;

/// <summary>
/// The Application layer wired as in production (MediatR pipeline, validators, EF Core) over a
/// real SQLite file of its own, with a fixed clock and a settable current user. Its connections close after each
/// request unless <paramref name="keepConnectionsOpen"/>, as the app's do (<c>Pooling=False</c> turns that off).
/// </summary>
public sealed class TestApp(IReadOnlyDictionary<string, string?>? settings = null, bool keepConnectionsOpen = false) : IAsyncLifetime
{
    public const int Moscow = 1;
    public const int Kazan = 2;
    public const int Chelyabinsk = 3;

    /// <summary>The seeded centres' English names by code, as an English report names them.</summary>
    public static readonly IReadOnlyDictionary<string, string> CentreNamesInEnglish = new Dictionary<string, string>
    {
        ["MOW"] = "Migrant Support Centre — Moscow",
        ["KZN"] = "Migrant Support Centre — Kazan",
        ["CHE"] = "Migrant Support Centre — Chelyabinsk",
    };

    /// <summary>The audit trail's master key in tests.</summary>
    public const string MasterKey = "dX0UKntNjmapVv83Q/MRSMuAM1hEUBnS1ERqc+fCrCQ=";

    private readonly string folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "legalaid-tests", Guid.NewGuid().ToString("N"))).FullName;
    private ServiceProvider services = null!;

    /// <summary>2026-03-15 12:00 in Moscow.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 15, 9, 0, 0, TimeSpan.Zero));

    public TestCurrentUser CurrentUser { get; } = new();

    /// <summary>The submission key the next requests carry, as a form's hidden field or an API caller's header would.</summary>
    public TestSubmissionKey SubmissionKey { get; } = new();

    public Dictionary<int, int> LawyerOf { get; } = [];

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>The app's folder: its database file (legalaid.db, with its write-ahead log) and documents (App_Data/documents).</summary>
    public string Folder => folder;

    /// <summary>This app's database file.</summary>
    internal string DatabaseFile => Path.Combine(folder, "legalaid.db");

    public async ValueTask InitializeAsync()
    {
        await MigratedDatabase.CopyToAsync(DatabaseFile);
        await StartAsync();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>();
        var lawyers = new[] { Moscow, Kazan, Chelyabinsk }.ToDictionary(centre => centre, centre => new StaffMember($"Юрист центра {centre}", centre));
        db.StaffMembers.AddRange(lawyers.Values);
        await db.SaveChangesAsync();
        foreach (var (centre, lawyer) in lawyers)
        {
            LawyerOf[centre] = lawyer.Id;
        }

        ActAsLawyerOf(Moscow);
    }

    /// <summary>Builds the app's services over this folder's database and brings it up to date, as the app's start-up does.</summary>
    internal async Task StartAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:LegalAid"] = $"Data Source={DatabaseFile};Pooling={keepConnectionsOpen}",
                ["Audit:MasterKey"] = MasterKey,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        services = new ServiceCollection()
            .AddLogging()
            .AddApplication()
            .AddInfrastructure(configuration, folder)
            .Configure<StatisticsOptions>(configuration.GetSection(StatisticsOptions.Section))
            .Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section))
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<ICurrentUser>(CurrentUser)
            .AddSingleton<ISubmissionKey>(SubmissionKey)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
    }

    /// <summary>From now on requests come from the lawyer of that centre.</summary>
    public void ActAsLawyerOf(int centre) => ActAs(Roles.Lawyer, centre);

    public void ActAs(string role, int? centre)
    {
        CurrentUser.IsAuthenticated = true;
        CurrentUser.Roles.Clear();
        CurrentUser.Roles.Add(role);
        CurrentUser.CentreId = centre;
        CurrentUser.StaffMemberId = centre is { } id ? LawyerOf[id] : null;
        CurrentUser.UserName = $"{role.ToLowerInvariant()}.{centre}@test";
        CurrentUser.UserId = CurrentUser.UserName;
    }

    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Runs work with the services of one scope, as a request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>A scope of the app's services, as a request has, for tests that hold two at once.</summary>
    public AsyncServiceScope CreateScope() => services.CreateAsyncScope();

    public async Task<T> InDatabaseAsync<T>(Func<LegalAidDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LegalAidDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}

public sealed class TestCurrentUser : ICurrentUser
{
    public bool IsAuthenticated { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public int? StaffMemberId { get; set; }

    public int? CentreId { get; set; }

    public string? IpAddress => "203.0.113.7";

    public HashSet<string> Roles { get; } = [];

    public bool IsInRole(string role) => IsAuthenticated && Roles.Contains(role);
}

public sealed class TestSubmissionKey : ISubmissionKey
{
    public string? Value { get; set; }
}
