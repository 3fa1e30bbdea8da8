using Microsoft.Extensions.Options;

namespace LegalAid.Web.Observability;

/// <summary>
/// ASP.NET Core's own logs that write what a request carries, held down whatever the configuration asks for, even for
/// one provider (<c>Logging:Console:LogLevel</c>):
/// <list type="bullet">
/// <item>the host's request log and its request scope write the path and query string (a calendar feed's secret, a
/// name typed into a search box or the address bar): off, as the scope is made whenever the category logs at all.
/// <see cref="RequestIdLogScope"/> gives every line the request id instead, and <see cref="RequestLogScope"/> names
/// slow requests by their route template;</item>
/// <item>the file results write their download name (a document's, which often names its client), routing at Debug
/// each request's path, and Kestrel, below Warning, a malformed request's line: Warning.</item>
/// </list>
/// </summary>
internal sealed class RequestEchoingLogs : IPostConfigureOptions<LoggerFilterOptions>
{
    private static readonly Dictionary<string, LogLevel> Ceilings = new(StringComparer.Ordinal)
    {
        ["Microsoft.AspNetCore.Hosting.Diagnostics"] = LogLevel.None,
        ["Microsoft.AspNetCore.Http.Result"] = LogLevel.Warning,
        ["Microsoft.AspNetCore.Mvc.Infrastructure"] = LogLevel.Warning,
        ["Microsoft.AspNetCore.Routing.Matching"] = LogLevel.Warning,
        ["Microsoft.AspNetCore.Server.Kestrel.BadRequests"] = LogLevel.Warning,
    };

    /// <summary>
    /// After every configured rule, for every provider a rule names and for none: the most specific and the last rule
    /// for these categories is then always one of these.
    /// </summary>
    public void PostConfigure(string? name, LoggerFilterOptions options)
    {
        foreach (var provider in options.Rules.Select(rule => rule.ProviderName).Append(null).Distinct().ToList())
        {
            foreach (var (category, level) in Ceilings)
            {
                options.Rules.Add(new LoggerFilterRule(provider, category, level, filter: null));
            }
        }
    }
}
