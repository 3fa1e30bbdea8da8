using LegalAid.Application.Cases.GetCaseReport;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Reports;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages.Cases;

/// <summary>The case report as a PDF download, in the language chosen on the case page.</summary>
public sealed class ReportModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string? language, CancellationToken cancellationToken)
    {
        try
        {
            var report = await mediator.Send(new GetCaseReport(id, language ?? ReportLanguage.Current), cancellationToken);
            return File(report.Content, report.ContentType, report.FileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (InvalidRequestException)
        {
            return BadRequest();
        }
    }
}
