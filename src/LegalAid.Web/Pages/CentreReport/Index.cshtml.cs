using System.Globalization;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Lookups.GetLookups;
using LegalAid.Application.Reports.GetCentreMonthlyReport;
using LegalAid.Web.Localisation;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.CentreReport;

/// <summary>A coordinator downloads their centre's monthly report.</summary>
public sealed class IndexModel(IMediator mediator, UiText text) : FormPageModel(mediator)
{
    private const int MonthsOffered = 24;

    /// <summary>The month as "yyyy-MM".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Language { get; set; } = ReportLanguage.Current;

    /// <summary>The current month at the centre and the ones before it, newest first.</summary>
    public IReadOnlyList<DateOnly> Months { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await ShowAsync(cancellationToken);
        if (Month is not null && !Months.Any(month => Key(month) == Month))
        {
            ModelState.AddModelError(nameof(Month), text["CentreReport.ChooseMonth"]);
        }

        Month ??= Key(Months.Skip(1).FirstOrDefault());
        return page;
    }

    public Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var month = DateOnly.TryParseExact($"{Month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? first : default;
        return SubmitAsync(
            new GetCentreMonthlyReport(month.Year, month.Month, Language),
            file => File(file.Content, file.ContentType, file.FileName),
            cancellationToken,
            prefix: string.Empty);
    }

    public static string Key(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        var today = (await Mediator.Send(new GetLookups(), cancellationToken)).Today;
        var current = new DateOnly(today.Year, today.Month, 1);
        Months = Enumerable.Range(0, MonthsOffered).Select(i => current.AddMonths(-i)).ToList();
    }
}
