using System.Globalization;
using LegalAid.Application.Common.Auditing;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Imports.Common;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Imports;
using MediatR;

namespace LegalAid.Application.Imports.DiscardImport;

/// <summary>Deletes an import's uploaded file and rejected rows (personal data); its report, which names nobody, stays.</summary>
[Authorize(Roles = Roles.Coordinator + "," + Roles.Administrator)]
public sealed record DiscardImport(int Id) : ICommand<Unit>;

public sealed class DiscardImportHandler(IApplicationDbContext db, IAuditTrail audit) : IRequestHandler<DiscardImport, Unit>
{
    public async Task<Unit> Handle(DiscardImport request, CancellationToken cancellationToken)
    {
        var import = await db.FindImportAsync(request.Id, cancellationToken);
        import.Discard();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(
            new AuditEvent(AuditAction.Deleted, nameof(DataImport), import.Id.ToString(CultureInfo.InvariantCulture), $"file={KeptPairValue.Escape(import.FileName)}", CentreId: import.CentreId),
            cancellationToken);
        return Unit.Value;
    }
}
