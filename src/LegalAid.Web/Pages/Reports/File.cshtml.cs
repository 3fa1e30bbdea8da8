using LegalAid.Application.Reports.GetDonorReportFile;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Reports;

/// <summary>The archived PDF of a donor report, byte for byte as generated.</summary>
public sealed class FileModel(IMediator mediator) : FormPageModel(mediator)
{
    public Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        SendAsync(new GetDonorReportFile(id), file => File(file.Content, file.ContentType, file.FileName), cancellationToken);
}
