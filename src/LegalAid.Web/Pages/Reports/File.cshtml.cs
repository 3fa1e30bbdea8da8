using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Reports.GetDonorReportFile;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages.Reports;

/// <summary>The archived PDF of a donor report, byte for byte as generated.</summary>
public sealed class FileModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        try
        {
            var file = await mediator.Send(new GetDonorReportFile(id), cancellationToken);
            return File(file.Content, file.ContentType, file.FileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
