using LegalAid.Application.Cases.GetDocument;
using LegalAid.Application.Common.Exceptions;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages.Cases;

/// <summary>Streams a case's document to a user who may see the case, as a download.</summary>
public sealed class DocumentModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int documentId, CancellationToken cancellationToken)
    {
        try
        {
            var document = await mediator.Send(new GetDocument(id, documentId), cancellationToken);
            return File(document.Content, document.ContentType, document.FileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
