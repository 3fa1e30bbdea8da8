using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.PersonalData;

/// <summary>A case's documents: their rows are deleted, and their files once the command commits.</summary>
internal sealed class CaseDocuments() : DeletedRows<CaseDocument>(d => d.CaseId, OwnedThrough.Case, d => d.FileName, d => d.VoidReason)
{
    public override async Task<int> RemoveAsync(PersonalDataRemoval removal, CancellationToken cancellationToken)
    {
        removal.Cleanup.AfterCommit(await Rows(removal).Select(d => d.StorageKey).ToListAsync(cancellationToken));
        return await base.RemoveAsync(removal, cancellationToken);
    }
}
