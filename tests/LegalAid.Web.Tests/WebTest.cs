namespace LegalAid.Web.Tests;

/// <summary>
/// Each test gets its own app and database (xunit makes a new instance of the class for every test);
/// <see cref="Client"/> is signed in as the Moscow lawyer.
/// </summary>
public abstract class WebTest : IAsyncLifetime
{
    protected LegalAidFactory Factory { get; } = new();

    protected HttpClient Client { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync()
    {
        await Factory.SeedAccountsAsync();
        Client = await Factory.SignInAsync(LegalAidFactory.LawyerMow);
    }

    public virtual async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
