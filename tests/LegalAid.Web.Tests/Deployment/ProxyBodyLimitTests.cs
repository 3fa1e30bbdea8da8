using System.Text.RegularExpressions;
using LegalAid.Domain.Imports;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Web.Tests.Deployment;

/// <summary>
/// The proxies in <c>deploy/</c> let through the largest body any of the app's addresses takes, so that raising an
/// upload limit in the app cannot leave the proxies refusing what the app would accept.
/// </summary>
public sealed partial class ProxyBodyLimitTests
{
    [Fact]
    public async Task TheLargestUploadTheAppTakes_IsTheImport_AndBothProxiesLetItThrough()
    {
        await using var factory = new LegalAidFactory();
        var largest = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(endpoint => endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } limit ? limit.MaxRequestBodySize ?? long.MaxValue : 0)
            .Max();

        Assert.Equal(DataImport.MaxFileBytes + 1024 * 1024, largest);
        Assert.True(CaddyMaxSize() >= largest, $"deploy/Caddyfile's max_size ({CaddyMaxSize():N0} bytes) is below the app's largest upload ({largest:N0})");
        Assert.True(IngressBodySize() >= largest, $"the ingress's proxy-body-size ({IngressBodySize():N0} bytes) is below the app's largest upload ({largest:N0})");
    }

    /// <summary>Caddy's sizes: MB is 1000², MiB 1024².</summary>
    private static long CaddyMaxSize()
    {
        var size = CaddySize().Match(File.ReadAllText(Repository.File("deploy/Caddyfile")));
        Assert.True(size.Success, "deploy/Caddyfile sets no request_body max_size");
        return long.Parse(size.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture) * size.Groups["unit"].Value switch
        {
            "KB" => 1000L, "KiB" => 1024L, "MB" => 1000L * 1000, "MiB" => 1024L * 1024, "GB" => 1000L * 1000 * 1000, "GiB" => 1024L * 1024 * 1024, _ => 1L,
        };
    }

    /// <summary>nginx's sizes: k and m are 1024 and 1024².</summary>
    private static long IngressBodySize()
    {
        var size = NginxSize().Match(File.ReadAllText(Repository.File("deploy/kubernetes/ingress.yaml")));
        Assert.True(size.Success, "deploy/kubernetes/ingress.yaml sets no nginx.ingress.kubernetes.io/proxy-body-size");
        return long.Parse(size.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture) * size.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "k" => 1024L, "m" => 1024L * 1024, "g" => 1024L * 1024 * 1024, _ => 1L,
        };
    }

    [GeneratedRegex(@"^\s*max_size\s+(?<number>\d+)(?<unit>[KMG]i?B)?\s*$", RegexOptions.Multiline)]
    private static partial Regex CaddySize();

    [GeneratedRegex(@"nginx\.ingress\.kubernetes\.io/proxy-body-size:\s*""?(?<number>\d+)(?<unit>[kKmMgG])?""?\s*$", RegexOptions.Multiline)]
    private static partial Regex NginxSize();
}
