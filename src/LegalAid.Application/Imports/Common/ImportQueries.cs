using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Resources;
using LegalAid.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Imports.Common;

internal static class ImportQueries
{
    /// <summary>The import, within the user's centre (the query filter answers "not found" for another centre's).</summary>
    public static async Task<DataImport> FindImportAsync(this IApplicationDbContext db, int id, CancellationToken cancellationToken) =>
        await db.DataImports.SingleOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw new NotFoundException(nameof(DataImport), id);

    /// <summary>Refuses work on an import that is done or given up.</summary>
    public static DataImport Open(this DataImport import) =>
        import.CanBeChecked ? import : throw InvalidRequestException.For(string.Empty, Messages.ImportClosed);
}
