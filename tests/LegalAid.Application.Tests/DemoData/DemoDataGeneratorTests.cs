using System.Globalization;
using System.Text.RegularExpressions;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.UpdateClient;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using LegalAid.Infrastructure.DemoData;
using LegalAid.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.DemoData;

/// <summary>The demo database the app starts with (the default options and seed), as a visitor and the app's own rules see it.</summary>
public sealed partial class DemoDataGeneratorTests(DemoDataGeneratorTests.DefaultDemo demo) : IClassFixture<DemoDataGeneratorTests.DefaultDemo>
{
    private TestApp App => demo.App;

    private DateOnly Yesterday => App.Today.AddDays(-1);

    [Fact]
    public async Task TheCaseCountsKeptThroughTheBulkLoad_AreThoseOfTheCases()
    {
        var kept = await App.InDatabaseAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT CAST(\"CentreId\" AS TEXT) || ':' || CAST(\"Status\" AS TEXT) || '=' || CAST(\"Total\" AS TEXT) AS \"Value\" FROM \"CaseCounts\" WHERE \"Total\" > 0 ORDER BY 1").ToListAsync());
        var counted = await App.InDatabaseAsync(db => db.Cases.IgnoreQueryFilters()
            .GroupBy(c => new { c.CentreId, c.Status }).Select(g => new { g.Key.CentreId, g.Key.Status, Total = g.Count() }).ToListAsync());

        Assert.Equal(counted.Select(c => $"{c.CentreId}:{(int)c.Status}={c.Total}").Order(StringComparer.Ordinal), kept.Order(StringComparer.Ordinal));
        Assert.True(counted.Sum(c => c.Total) > 100);
    }

    [Fact]
    public async Task EveryGeneratedClient_PassesTheValidatorsOfTheClientForm()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var failures = await App.InScopeAsync(async services =>
        {
            var clients = await services.GetRequiredService<LegalAidDbContext>().Clients.AsNoTracking()
                .ProjectTo<ClientDto>(services.GetRequiredService<IMapper>().ConfigurationProvider).ToListAsync();
            var validator = services.GetRequiredService<IValidator<UpdateClient>>();
            var refused = new List<string>();
            foreach (var client in clients)
            {
                var result = await validator.ValidateAsync(UpdateClient.From(client));
                refused.AddRange(result.Errors.Select(e => $"client {client.Id}: {e.PropertyName} {e.AttemptedValue}: {e.ErrorMessage}"));
            }

            Assert.Equal(DemoDataOptions.Default.Clients, clients.Count);
            return refused;
        });

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task TheMonths_HaveNoSpike_AndNothingIsDatedAfterYesterday()
    {
        App.ActAs(Roles.ProgrammeStaff, null);
        var (consultations, registrations, closings, referrals) = await App.InDatabaseAsync(async db => (
            await db.Consultations.Select(c => c.HeldOn).ToListAsync(),
            await db.Clients.Select(c => c.Consent.GivenOn).ToListAsync(),
            await db.Cases.Where(c => c.ClosedOn != null).Select(c => c.ClosedOn!.Value).ToListAsync(),
            await db.Referrals.Select(r => r.ResultOn ?? r.ReferredOn).ToListAsync()));
        var fullMonths = consultations
            .Where(d => d >= new DateOnly(consultations.Min().Year, consultations.Min().Month, 1).AddMonths(1) && d < new DateOnly(Yesterday.Year, Yesterday.Month, 1))
            .GroupBy(d => (d.Year, d.Month)).OrderBy(g => g.Key).Select(g => g.Count()).ToList();
        var median = fullMonths.Order().ElementAt(fullMonths.Count / 2);

        Assert.Equal(DemoDataOptions.Default.Consultations, consultations.Count);
        Assert.All(consultations.Concat(registrations).Concat(closings).Concat(referrals), day => Assert.True(day <= Yesterday, $"{day} is after yesterday"));
        Assert.InRange(fullMonths.Count, 22, 23);
        Assert.True(fullMonths.Max() <= 1.5 * median, $"The busiest month has {fullMonths.Max()} consultations against a median of {median}.");
        Assert.True(fullMonths.Skip(3).Min() >= 0.5 * median, $"After the first three months, the quietest has {fullMonths.Skip(3).Min()} consultations against a median of {median}.");
    }

    [Fact]
    public async Task Referrals_GoToPartnersThatTakeTheClient_AndOnlyRecentOnesAwaitAReply()
    {
        var referrals = await App.InDatabaseAsync(db => db.Referrals
            .Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => new { r.ReferredOn, r.Result, Partner = r.Partner.Name, c.ClientId })
            .Join(db.Clients, r => r.ClientId, c => c.Id, (r, c) => new { r.ReferredOn, r.Result, r.Partner, c.Citizenship, c.Sex })
            .ToListAsync());
        var embassies = new Dictionary<string, string>
        {
            ["Посольство Кыргызской Республики"] = Citizenships.Kyrgyzstan,
            ["Посольство Республики Таджикистан"] = Citizenships.Tajikistan,
            ["Посольство Республики Узбекистан"] = Citizenships.Uzbekistan,
        };

        Assert.InRange(referrals.Count, 50, 300);
        Assert.All(referrals.Where(r => embassies.ContainsKey(r.Partner)), r => Assert.Equal(embassies[r.Partner], r.Citizenship));
        Assert.All(referrals.Where(r => r.Partner.Contains("для женщин", StringComparison.Ordinal)), r => Assert.Equal(Sex.Female, r.Sex));
        Assert.All(referrals.Where(r => r.Result == ReferralResult.Pending), r => Assert.True(r.ReferredOn > Yesterday.AddDays(-31), $"A referral of {r.ReferredOn} still awaits a reply"));
        var results = referrals.GroupBy(r => r.Result).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(results[ReferralResult.Helped] > results[ReferralResult.Declined] && results[ReferralResult.Declined] > 0 && results[ReferralResult.NoResponse] > 0);
    }

    [Fact]
    public async Task CasesWhoseCountsCannotBeMoved_AreNotSaved_SoTheKeptCountsNeverDrift()
    {
        await using var refusing = new TestApp();
        await refusing.InitializeAsync();
        await refusing.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("""
            CREATE TRIGGER "CaseCountUpdateRefused" BEFORE UPDATE ON "CaseCounts" BEGIN SELECT RAISE(ABORT, 'case counts refused'); END;
            CREATE TRIGGER "CaseCountInsertRefused" BEFORE INSERT ON "CaseCounts" BEGIN SELECT RAISE(ABORT, 'case counts refused'); END;
            """));

        var refused = await Assert.ThrowsAsync<SqliteException>(() => refusing.InScopeAsync(services =>
            services.GetRequiredService<DemoDataGenerator>().GenerateAsync(DemoDataOptions.Default with { Clients = 40, Consultations = 120 }, CancellationToken.None)));

        Assert.Contains("case counts refused", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await refusing.InDatabaseAsync(db => db.Cases.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(40, await refusing.InDatabaseAsync(db => db.Clients.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task TheReadme_StatesWhatTheFixedSeedMakes_OnAnyDay()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "README.md"));
        var stated = ReadmeCounts().Match(readme.ReplaceLineEndings(" "));
        await using var anotherDay = new TestApp();
        anotherDay.Clock.SetUtcNow(new DateTimeOffset(2027, 8, 2, 6, 0, 0, TimeSpan.Zero));
        await anotherDay.InitializeAsync();
        var later = await anotherDay.InScopeAsync(services => services.GetRequiredService<DemoDataGenerator>().GenerateAsync(DemoDataOptions.Default, CancellationToken.None));

        Assert.True(stated.Success, "README.md no longer says how many clients, cases and consultations the demo data has.");
        Assert.Equal(
            (demo.Summary.Clients, demo.Summary.Cases, demo.Summary.Consultations),
            (Count(stated, "clients"), Count(stated, "cases"), Count(stated, "consultations")));
        Assert.Equal((demo.Summary.Clients, demo.Summary.Cases, demo.Summary.Consultations), (later.Clients, later.Cases, later.Consultations));
    }

    private static int Count(Match match, string group) => int.Parse(match.Groups[group].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "LegalAid.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException($"No LegalAid.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"(?<clients>[\d,]+) clients, (?<cases>[\d,]+) cases, (?<consultations>[\d,]+) consultations")]
    private static partial Regex ReadmeCounts();

    /// <summary>The demo database of the default options, made once for the class.</summary>
    public sealed class DefaultDemo : IAsyncLifetime
    {
        public TestApp App { get; } = new();

        public DemoDataSummary Summary { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            await App.InitializeAsync();
            Summary = await App.InScopeAsync(services => services.GetRequiredService<DemoDataGenerator>().GenerateAsync(DemoDataOptions.Default, CancellationToken.None));
        }

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
