using LegalAid.Application.Cases.GetDocument;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Cases;

/// <summary>Streams a case's document to a user who may see the case, as a download.</summary>
public sealed class DocumentModel(IMediator mediator) : FormPageModel(mediator)
{
    public Task<IActionResult> OnGetAsync(int id, int documentId, CancellationToken cancellationToken) =>
        SendAsync(new GetDocument(id, documentId), document => File(document.Content, document.ContentType, document.FileName), cancellationToken);
}
