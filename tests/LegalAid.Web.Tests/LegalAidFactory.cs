using LegalAid.Domain.Staff;
using LegalAid.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests;

/// <summary>The whole web app on a fresh SQLite file, with two lawyers per centre and no demo data.</summary>
public sealed class LegalAidFactory : WebApplicationFactory<Program>
{
    public const int Moscow = 1;
    public const int Kazan = 2;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "legalaid-web-tests", Guid.NewGuid().ToString("N"));

    public Dictionary<int, int> LawyerOf { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:LegalAid", $"Data Source={Path.Combine(folder, "legalaid.db")};Pooling=False");
        builder.UseSetting("Demo:SeedWhenEmpty", "false");
    }

    public async Task SeedStaffAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>();
        var lawyers = new[] { Moscow, Kazan }.ToDictionary(centre => centre, centre => new StaffMember($"Юрист {centre}", centre));
        db.StaffMembers.AddRange(lawyers.Values);
        await db.SaveChangesAsync();
        foreach (var (centre, lawyer) in lawyers)
        {
            LawyerOf[centre] = lawyer.Id;
        }
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
