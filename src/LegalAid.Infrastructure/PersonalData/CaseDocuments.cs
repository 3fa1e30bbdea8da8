using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.PersonalData;

/// <summary>A case's documents: the files are overwritten and deleted from the document store, then their rows.</summary>
internal sealed class CaseDocuments() : DeletedRows<CaseDocument>(d => d.CaseId, OwnedThrough.Case, d => d.FileName)
{
    public override async Task<int> RemoveAsync(PersonalDataRemoval removal, CancellationToken cancellationToken)
    {
        var keys = await Rows(removal).Select(d => d.StorageKey).ToListAsync(cancellationToken);
        foreach (var key in keys)
        {
            removal.Documents.Delete(key);
        }

        return await base.RemoveAsync(removal, cancellationToken);
    }
}
