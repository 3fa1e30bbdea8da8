using LegalAid.Application.Common.Interfaces;
using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence.CaseCounts;

internal sealed class CaseCountReader(LegalAidDbContext db) : ICaseCounts
{
    public Task<int> CountAsync(int? centreId, CaseStatus? status, CancellationToken cancellationToken) =>
        db.CaseCounts
            .Where(c => centreId == null || c.CentreId == centreId)
            .Where(c => status == null || c.Status == status)
            .SumAsync(c => c.Total, cancellationToken);
}
