using Microsoft.Extensions.Options;

namespace LegalAid.Web.Observability;

/// <summary>
/// ASP.NET Core's own logs that write what a request carries: the request log its query string (a name typed into a
/// search box), the file results their download name (a document's, which often names its client). They are held at
/// Warning whatever the configuration asks for, even for one provider (<c>Logging:Console:LogLevel</c>); the app's own
/// request log (<see cref="RequestLogScope"/>) names the route template instead.
/// </summary>
internal sealed class RequestEchoingLogs : IPostConfigureOptions<LoggerFilterOptions>
{
    private static readonly string[] Categories =
    [
        "Microsoft.AspNetCore.Hosting.Diagnostics",
        "Microsoft.AspNetCore.Http.Result",
        "Microsoft.AspNetCore.Mvc.Infrastructure",
    ];

    /// <summary>
    /// After every configured rule, for every provider a rule names and for none: the most specific and the last rule
    /// for these categories is then always one of these.
    /// </summary>
    public void PostConfigure(string? name, LoggerFilterOptions options)
    {
        foreach (var provider in options.Rules.Select(rule => rule.ProviderName).Append(null).Distinct().ToList())
        {
            foreach (var category in Categories)
            {
                options.Rules.Add(new LoggerFilterRule(provider, category, LogLevel.Warning, filter: null));
            }
        }
    }
}
