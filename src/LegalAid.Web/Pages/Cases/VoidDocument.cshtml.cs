using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Cases.VoidDocument;
using LegalAid.Application.Common.Exceptions;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalAid.Web.Pages.Cases;

/// <summary>Voids one document of the case with a reason; its file is deleted.</summary>
public sealed class VoidDocumentModel(IMediator mediator) : CasePageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int DocumentId { get; set; }

    [BindProperty]
    public VoidDocument Void { get; set; } = new();

    public DocumentItem Document { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await ShowAsync(cancellationToken);
        if (page is PageResult)
        {
            Void = new VoidDocument { Version = Document.Version };
        }

        return page;
    }

    public Task<IActionResult> OnPostVoidAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Void with { CaseId = Id, DocumentId = DocumentId }, _ => BackAfterVoiding("documents"), cancellationToken, nameof(Void));

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        await base.LoadAsync(cancellationToken);
        Document = Case.Documents.SingleOrDefault(d => d.Id == DocumentId) ?? throw new NotFoundException(nameof(Document), DocumentId);
    }
}
