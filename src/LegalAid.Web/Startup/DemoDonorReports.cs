using System.Security.Claims;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Reports.GenerateDonorReport;
using LegalAid.Application.Reports.ListDonorReports;
using LegalAid.Application.Reports.ListReportPeriods;
using LegalAid.Application.Reports.PublishDonorReport;
using LegalAid.Domain.Reports;
using LegalAid.Infrastructure.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace LegalAid.Web.Startup;

/// <summary>
/// Gives a new demo's donor something to read: programme staff's archive gets the last quarter's report in English,
/// Russian and Kyrgyz, all published, and the latest year's in English as a draft still to publish: the latest whose
/// figures do not overlap the quarter's (in the first half of a year, the last year holds the quarter or its
/// comparison, and could never be published beside it). Made through the same
/// requests the reports page sends, as the demo's programme account, so authorisation, suppression and the audit
/// trail apply as they would to a person.
/// </summary>
internal static class DemoDonorReports
{
    private const string AllCentres = "*";

    public static async Task AddAsync(IServiceProvider services, string programmeEmail, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        // Set here, not in a method awaited: a change to the async-local context does not flow back to the caller.
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = await SignedInAsync(scope.ServiceProvider, programmeEmail),
            RequestServices = scope.ServiceProvider,
        };
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var periods = await mediator.Send(new ListReportPeriods(), cancellationToken);
        var quarter = periods.First(p => p.Kind == "Quarter");
        var year = periods.First(p => p.Kind == "Year" && new ReportScope(p.From, p.To, AllCentres).OverlapWithoutMatching(new ReportScope(quarter.From, quarter.To, AllCentres)) is null);
        var texts = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
        await mediator.Send(Narrative(texts, "en", quarter), cancellationToken);
        await mediator.Send(Narrative(texts, "ru", quarter), cancellationToken);
        await mediator.Send(Narrative(texts, "ky", quarter), cancellationToken);
        foreach (var report in await mediator.Send(new ListDonorReports(), cancellationToken))
        {
            await mediator.Send(new PublishDonorReport(report.Id, report.Version), cancellationToken);
        }

        await mediator.Send(Narrative(texts, "en", year), cancellationToken);
    }

    private static GenerateDonorReport Narrative(IStringLocalizer<SharedResource> texts, string language, ReportPeriod period)
    {
        using var _ = ReportLanguage.Use(language);
        return DemoReportNarrative.For(language, period, texts[$"Reports.Period.{period.Kind}", period.Year, period.Number]);
    }

    /// <summary>The account behind <paramref name="email"/> with the claims a sign-in gives it.</summary>
    private static async Task<ClaimsPrincipal> SignedInAsync(IServiceProvider services, string email)
    {
        var account = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No account {email}.");
        return await services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(account);
    }
}
