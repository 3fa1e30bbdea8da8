using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Infrastructure.Persistence.SubmittedRequests;

internal sealed class SubmittedRequestStore(LegalAidDbContext db, TimeProvider clock) : ISubmittedRequests
{
    public Task<SubmittedAnswer?> FindAsync(Submission submission, DateTime since, CancellationToken cancellationToken) =>
        db.SubmittedRequests
            .Where(r => r.AccountId == submission.AccountId && r.Key == submission.Key && r.RequestType == submission.RequestType && r.SubmittedAtUtc >= since)
            .Select(r => new SubmittedAnswer(r.Fingerprint, r.Answer))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task RecordAsync(Submission submission, SubmittedAnswer answer, DateTime since, CancellationToken cancellationToken)
    {
        await db.SubmittedRequests
            .Where(r => r.SubmittedAtUtc < since)
            .ExecuteDeleteAsync(cancellationToken);
        db.SubmittedRequests.Add(new SubmittedRequest
        {
            AccountId = submission.AccountId,
            Key = submission.Key,
            RequestType = submission.RequestType,
            Fingerprint = answer.Fingerprint,
            Answer = answer.Answer,
            SubmittedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueKeyViolation.In(e))
        {
            throw new SubmittedMeanwhileException();
        }
    }
}
