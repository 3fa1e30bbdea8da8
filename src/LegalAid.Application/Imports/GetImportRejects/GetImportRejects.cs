using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Imports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Imports.GetImportRejects;

/// <summary>The rejected rows of the last check or of the import, as the file had them, with a column saying what is wrong; audited as an export.</summary>
[Authorize(Roles = Roles.Coordinator + "," + Roles.Administrator)]
public sealed record GetImportRejects(int Id) : IRequest<ExportedFile>, IAuditedRequest
{
    public AuditAction AuditAction => AuditAction.Exported;

    public string AuditEntityType => nameof(DataImport);

    public string? AuditEntityId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string? AuditDetails => "rows=rejected";
}

public sealed class GetImportRejectsHandler(IApplicationDbContext db) : IRequestHandler<GetImportRejects, ExportedFile>
{
    public async Task<ExportedFile> Handle(GetImportRejects request, CancellationToken cancellationToken)
    {
        var import = await db.DataImports.AsNoTracking().Where(i => i.Id == request.Id).Select(i => new { i.FileName, i.Rejects }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(DataImport), request.Id);
        return import.Rejects is null
            ? throw new NotFoundException("ImportRejects", request.Id)
            : new ExportedFile($"{Path.GetFileNameWithoutExtension(import.FileName)}-rejected.csv", "text/csv; charset=utf-8", import.Rejects);
    }
}
