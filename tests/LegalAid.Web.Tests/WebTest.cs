namespace LegalAid.Web.Tests;

/// <summary>Each test class gets its own app and database.</summary>
public abstract class WebTest : IAsyncLifetime
{
    protected LegalAidFactory Factory { get; } = new();

    protected HttpClient Client { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync()
    {
        Client = Factory.CreateClient();
        await Factory.SeedStaffAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
