namespace LegalAid.Web.Tests.Sessions;

internal static class Sent
{
    /// <summary>Where a redirect points, without host or query; fails when the response is not a redirect.</summary>
    public static string RedirectPath(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode} for {response.RequestMessage?.RequestUri}");
        return new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath;
    }
}
