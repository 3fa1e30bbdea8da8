using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Imports.Common;
using LegalAid.Domain.Imports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Imports.GetImportProgress;

/// <summary>How far a check or an import of the file is, for a progress bar; no personal data, so not audited.</summary>
[Authorize(Roles = Roles.Coordinator + "," + Roles.Administrator)]
public sealed record GetImportProgress(int Id) : IRequest<ImportProgressView>;

/// <summary>The import's state and, while this server works on it, the phase and rows done.</summary>
public sealed record ImportProgressView(ImportStatus Status, bool Running, ImportPhase? Phase, int Done, int Total)
{
    public int Percent => Total == 0 ? 0 : (int)(100L * Done / Total);
}

public sealed class GetImportProgressHandler(IApplicationDbContext db, ImportProgress progress) : IRequestHandler<GetImportProgress, ImportProgressView>
{
    public async Task<ImportProgressView> Handle(GetImportProgress request, CancellationToken cancellationToken)
    {
        var status = await db.DataImports.AsNoTracking().Where(i => i.Id == request.Id).Select(i => (ImportStatus?)i.Status).SingleOrDefaultAsync(cancellationToken)
            ?? throw new LegalAid.Application.Common.Exceptions.NotFoundException(nameof(DataImport), request.Id);
        return progress.Of(request.Id) is { } running
            ? new ImportProgressView(status, true, running.Phase, running.Done, running.Total)
            : new ImportProgressView(status, false, null, 0, 0);
    }
}
