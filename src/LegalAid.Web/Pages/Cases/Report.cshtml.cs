using LegalAid.Application.Cases.GetCaseReport;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Cases;

/// <summary>The case report as a PDF download, in the language chosen on the case page.</summary>
public sealed class ReportModel(IMediator mediator) : FormPageModel(mediator)
{
    public Task<IActionResult> OnGetAsync(int id, string? language, CancellationToken cancellationToken) =>
        SendAsync(new GetCaseReport(id, language), report => File(report.Content, report.ContentType, report.FileName), cancellationToken);
}
