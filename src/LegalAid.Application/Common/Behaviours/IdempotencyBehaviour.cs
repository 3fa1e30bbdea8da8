using System.Text.Json;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Resources;
using MediatR;

namespace LegalAid.Application.Common.Behaviours;

/// <summary>
/// Answers an idempotent command sent again (the same account, submission key and kind of request, within a day) with
/// its first answer instead of running it twice. Looking up the answer, the command and recording its answer share one
/// transaction, begun before validation: a repeat that arrives while the first is still running waits for its turn to
/// write and then finds the answer (on SQL Server, where both may read first, the answer's unique key undoes the later
/// one: <see cref="SubmittedMeanwhileException"/>), and a repeat is not refused by a rule that the first one's record now
/// breaks (a client registered twice looks like a possible duplicate). A command refused or failed records nothing, so
/// the same key may be sent again once its input is put right. The request is kept only as a keyed fingerprint
/// (<see cref="IRequestFingerprints"/>).
/// </summary>
public sealed class IdempotencyBehaviour<TRequest, TResponse>(
    ISubmissionKey submissionKey, ICurrentUser currentUser, ISubmittedRequests answers, IRequestFingerprints fingerprints, IUnitOfWork unitOfWork, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IIdempotentCommand<TResponse> || submissionKey.Value is not { } key || currentUser.UserId is not { } accountId)
        {
            return next();
        }

        if (key.Length is 0 or > ISubmissionKey.MaxLength)
        {
            throw InvalidRequestException.For(ISubmissionKey.Name, Messages.SubmissionKeyLength);
        }

        var submission = new Submission(accountId, key, typeof(TRequest).Name);
        var fingerprint = fingerprints.Of(JsonSerializer.SerializeToUtf8Bytes(request));
        return unitOfWork.InTransactionAsync(async () =>
        {
            var since = clock.GetUtcNow().UtcDateTime - KeptFor;
            if (await answers.FindAsync(submission, since, cancellationToken) is { } earlier)
            {
                return earlier.Fingerprint == fingerprint
                    ? JsonSerializer.Deserialize<TResponse>(earlier.Answer)!
                    : throw new SubmissionKeyReusedException();
            }

            var response = await next();
            await answers.RecordAsync(submission, new SubmittedAnswer(fingerprint, JsonSerializer.Serialize(response)), since, cancellationToken);
            return response;
        }, cancellationToken);
    }
}
