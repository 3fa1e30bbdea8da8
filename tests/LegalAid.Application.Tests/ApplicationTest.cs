namespace LegalAid.Application.Tests;

/// <summary>Each test gets a fresh database.</summary>
public abstract class ApplicationTest : IAsyncLifetime
{
    protected TestApp App { get; } = new();

    public virtual ValueTask InitializeAsync() => App.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
