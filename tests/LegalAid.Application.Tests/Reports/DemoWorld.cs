using LegalAid.Infrastructure.DemoData;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Reports;

/// <summary>The app over the demo database (600 clients, 3,000 consultations over two years in three centres), built once per test class.</summary>
public sealed class DemoWorld : IAsyncLifetime
{
    public TestApp App { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        await App.InScopeAsync(services => services.GetRequiredService<DemoDataGenerator>().GenerateAsync(new DemoDataOptions(), CancellationToken.None));
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
