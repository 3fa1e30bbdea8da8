using LegalAid.Infrastructure.DataProtection;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalAid.Infrastructure.Tests.DataProtection;

public sealed class KeyRingKeeperTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "legalaid-keyring-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider services;
    private readonly IKeyManager keys;
    private readonly KeyRingKeeper keeper;

    public KeyRingKeeperTests()
    {
        services = new ServiceCollection().AddLogging().AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(folder)).Services.BuildServiceProvider();
        keys = services.GetRequiredService<IKeyManager>();
        keeper = new KeyRingKeeper(keys, NullLogger<KeyRingKeeper>.Instance);
    }

    [Fact]
    public void AnEmptyKeyRing_GetsAnActiveKey_AndASecondRunAddsNothing()
    {
        keeper.EnsureKeyAhead();
        keeper.EnsureKeyAhead();

        var key = Assert.Single(keys.GetAllKeys());
        Assert.True(key.ActivationDate <= DateTimeOffset.UtcNow && key.ExpirationDate > DateTimeOffset.UtcNow.AddDays(80));
    }

    [Fact]
    public void AKeyThatExpiresWithinTwoWeeks_GetsItsSuccessorBeforeItExpires()
    {
        var now = DateTimeOffset.UtcNow;
        var expiring = keys.CreateNewKey(now.AddDays(-80), now.AddDays(10));

        keeper.EnsureKeyAhead();

        var successor = Assert.Single(keys.GetAllKeys(), k => k.KeyId != expiring.KeyId);
        Assert.True(successor.ActivationDate <= expiring.ExpirationDate, "the successor is active before the old key expires");
        Assert.True(successor.ExpirationDate > now.AddDays(80));
    }

    public void Dispose()
    {
        services.Dispose();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
