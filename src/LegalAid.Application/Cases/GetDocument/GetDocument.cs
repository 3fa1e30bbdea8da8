using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.GetDocument;

/// <summary>A case's document, only for users who may see the case; every download is audited.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record GetDocument(int CaseId, int DocumentId) : IRequest<DocumentContent>, IAuditedRequest
{
    public AuditAction AuditAction => AuditAction.Exported;

    public string AuditEntityType => nameof(CaseDocument);

    public string? AuditEntityId => DocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record DocumentContent(string FileName, string ContentType, Stream Content);

public sealed class GetDocumentHandler(IApplicationDbContext db, IDocumentStore store) : IRequestHandler<GetDocument, DocumentContent>
{
    public async Task<DocumentContent> Handle(GetDocument request, CancellationToken cancellationToken)
    {
        var document = await db.CaseDocuments.SingleOrDefaultAsync(d => d.Id == request.DocumentId && d.CaseId == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(CaseDocument), request.DocumentId);
        return new DocumentContent(document.FileName, document.ContentType, store.Open(document.StorageKey));
    }
}
