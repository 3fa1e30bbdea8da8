using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Pages;

/// <summary>
/// A lawyer on a slow phone connection downloads the stylesheets and scripts once, compressed, and keeps them: the
/// pages link them by a name that changes with their content, and each one is answered compressed and "immutable".
/// </summary>
public sealed class StaticAssetsTests : WebTest
{
    [Fact]
    public async Task ThePagesLinkEachAssetByItsContent_AndItComesCompressed_ToBeKeptForAYear()
    {
        using var anonymous = Factory.CreateClient();
        var page = await HtmlPage.GetAsync(anonymous, "/Account/Login");
        var assets = page.QuerySelectorAll("link[rel=stylesheet], link[rel=icon]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!)).ToList();

        Assert.Equal(8, assets.Count);
        foreach (var url in assets)
        {
            var canonical = Regex.Replace(url, @"\.[a-z0-9]{10}\.(css|js|svg)$", ".$1");
            Assert.NotEqual(url, canonical);
            using var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { AcceptEncoding = { new StringWithQualityHeaderValue("gzip") } } };
            using var response = await anonymous.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
            Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            var compressed = await response.Content.ReadAsByteArrayAsync();
            await using var unzipped = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var content = new MemoryStream();
            await unzipped.CopyToAsync(content);
            var file = await File.ReadAllBytesAsync(WebRootFile(canonical));
            Assert.Equal(file, content.ToArray());
            Assert.True(compressed.Length < file.Length * 0.6 || file.Length < 2048, $"{url}: {compressed.Length} bytes compressed of {file.Length}");
        }
    }

    [Fact]
    public async Task SomeoneWhoMustFirstChangeTheirPassword_StillGetsTheStylesheet()
    {
        using var anonymous = Factory.CreateClient();
        var stylesheet = (await HtmlPage.GetAsync(anonymous, "/Account/Login")).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var oneTime = await Factory.CreateLawyerWithOneTimePasswordAsync("new.lawyer@test.legalaid");

        using var browser = Factory.CreateClient(new() { AllowAutoRedirect = false });
        await LegalAidFactory.TrySignInAsync(browser, "new.lawyer@test.legalaid", oneTime);
        using var page = await browser.GetAsync("/Cases");
        using var response = await browser.GetAsync(stylesheet);

        Assert.Equal("/Account/ChangePassword", page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    private string WebRootFile(string url) =>
        Path.Combine(Factory.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath, url.TrimStart('/'));
}
