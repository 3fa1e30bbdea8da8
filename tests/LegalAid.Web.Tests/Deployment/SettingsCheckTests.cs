using Microsoft.Extensions.Options;

namespace LegalAid.Web.Tests.Deployment;

/// <summary>A setting out of its range stops the app at start, naming the key, instead of misbehaving later.</summary>
public sealed class SettingsCheckTests
{
    [Theory]
    [InlineData("Import:CasesPerSave", "0")]
    [InlineData("Import:CasesPerSave", "100001")]
    [InlineData("Retention:YearsAfterLastCase", "0")]
    public void TheAppRefusesToStart_WithASettingOutOfRange(string key, string value)
    {
        using var factory = new LegalAidFactory(new Dictionary<string, string> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAppStarts_WithASettingAtTheEdgeOfItsRange()
    {
        await using var factory = new LegalAidFactory(new Dictionary<string, string> { ["Import:CasesPerSave"] = "1" });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
