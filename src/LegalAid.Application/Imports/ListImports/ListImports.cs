using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Imports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Imports.ListImports;

/// <summary>The latest imports of the user's centre (of every centre for an administrator), newest first, in the centre's time.</summary>
[Authorize(Roles = Roles.Coordinator + "," + Roles.Administrator)]
public sealed record ListImports : IRequest<IReadOnlyList<ImportListItem>>
{
    public const int Shown = 50;
}

public sealed record ImportListItem(int Id, string CentreCode, string FileName, ImportStatus Status, [property: CentreLocalTime] DateTime UploadedAt, string UploadedBy, long SizeBytes);

public sealed class ListImportsHandler(IApplicationDbContext db) : IRequestHandler<ListImports, IReadOnlyList<ImportListItem>>
{
    public async Task<IReadOnlyList<ImportListItem>> Handle(ListImports request, CancellationToken cancellationToken)
    {
        var imports = await db.DataImports.AsNoTracking()
            .OrderByDescending(i => i.Id)
            .Take(ListImports.Shown)
            .Select(i => new { i.Id, i.CentreId, i.FileName, i.Status, i.UploadedAtUtc, i.UploadedBy, i.SizeBytes })
            .ToListAsync(cancellationToken);
        var centres = await db.Centres.AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. imports.Select(i => new ImportListItem(i.Id, centres[i.CentreId].Code, i.FileName, i.Status, centres[i.CentreId].ToLocal(i.UploadedAtUtc), i.UploadedBy, i.SizeBytes))];
    }
}
