namespace LegalAid.Application.Tests;

/// <summary>Each test gets a fresh database, and the app's configuration with these settings over it.</summary>
public abstract class ApplicationTest(IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    protected TestApp App { get; } = new(settings);

    public virtual ValueTask InitializeAsync() => App.InitializeAsync();

    /// <summary>Registers <see cref="Requests.RegisterClient"/> and opens <see cref="Requests.OpenCase"/> for them; the case's id.</summary>
    protected async Task<int> OpenCaseAsync() =>
        (await App.SendAsync(Requests.OpenCase(await App.SendAsync(Requests.RegisterClient())))).Id;

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
