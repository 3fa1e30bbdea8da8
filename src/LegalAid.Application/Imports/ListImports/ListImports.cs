using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Imports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Imports.ListImports;

/// <summary>The latest imports of the user's centre (of every centre for an administrator), newest first.</summary>
[Authorize(Roles = Roles.Coordinator + "," + Roles.Administrator)]
public sealed record ListImports : IRequest<IReadOnlyList<ImportListItem>>
{
    public const int Shown = 50;
}

public sealed record ImportListItem(int Id, string FileName, ImportStatus Status, DateTime UploadedAtUtc, string UploadedBy, long SizeBytes);

public sealed class ListImportsHandler(IApplicationDbContext db) : IRequestHandler<ListImports, IReadOnlyList<ImportListItem>>
{
    public async Task<IReadOnlyList<ImportListItem>> Handle(ListImports request, CancellationToken cancellationToken) =>
        await db.DataImports.AsNoTracking()
            .OrderByDescending(i => i.Id)
            .Take(ListImports.Shown)
            .Select(i => new ImportListItem(i.Id, i.FileName, i.Status, i.UploadedAtUtc, i.UploadedBy, i.SizeBytes))
            .ToListAsync(cancellationToken);
}
