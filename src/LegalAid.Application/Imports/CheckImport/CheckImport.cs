using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Imports.Common;
using MediatR;

namespace LegalAid.Application.Imports.CheckImport;

/// <summary>
/// The dry run: reads the uploaded file as the import would, and reports row by row what it would create and every
/// problem, without creating anything. Its progress shows in <see cref="ImportProgress"/> while it runs.
/// </summary>
[Authorize(Roles = Roles.Coordinator + "," + Roles.Administrator)]
public sealed record CheckImport(int Id) : ICommand<ImportReport>;

public sealed class CheckImportHandler(IApplicationDbContext db, ImportChecker checker) : IRequestHandler<CheckImport, ImportReport>
{
    public async Task<ImportReport> Handle(CheckImport request, CancellationToken cancellationToken) =>
        await checker.CheckAsync((await db.FindImportAsync(request.Id, cancellationToken)).Open(), cancellationToken);
}
