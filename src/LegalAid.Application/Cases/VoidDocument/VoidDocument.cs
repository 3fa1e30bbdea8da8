using FluentValidation;
using LegalAid.Application.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.VoidDocument;

/// <summary>
/// Voids a document with a reason (say, another client's passport): the file leaves the document store for good, while
/// the record (its name, size and hash, who uploaded and who voided it) stays in the case file and the audit trail.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record VoidDocument : ICommand<int>, IVersionedChange, ICaseChange
{
    public int CaseId { get; init; }

    public int DocumentId { get; init; }

    public int Version { get; init; }

    public string? Reason { get; init; }
}

public sealed class VoidDocumentValidator : AbstractValidator<VoidDocument>
{
    public VoidDocumentValidator() => RuleFor(v => v.Reason).VoidReason();
}

public sealed class VoidDocumentHandler(IApplicationDbContext db, IActorContext actors, IDocumentStore store) : IRequestHandler<VoidDocument, int>
{
    public async Task<int> Handle(VoidDocument request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.IgnoreQueryFilters(QueryFilters.VoidedOnly).Include(c => c.Centre).Include(c => c.Documents.Where(d => d.Id == request.DocumentId))
            .SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var document = @case.Documents.SingleOrDefault().ExpectVersion(request.DocumentId, request.Version);

        document.Void(request.Reason, actors.At(@case.Centre));
        await db.SaveChangesAsync(cancellationToken);

        // Last, once the record says so: should the commit still fail, the command runs again (or the user voids again)
        // and deleting a file that is gone already is no error.
        store.Delete(document.StorageKey);
        return document.Version;
    }
}
