using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Resources;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Common.Behaviours;

/// <summary>
/// Refuses every change to a case of an anonymised client (<see cref="ICaseChange"/>) but those that only end the work
/// (closing it without a note, marking a deadline done), so that a case left open is not open for good. Anonymisation
/// erased the free texts and documents of their cases once; a consultation's summary or a document recorded afterwards
/// would name them again, and no later run would erase it. The case is read as the user may see it: one they may not
/// is left to the handler's 404.
/// </summary>
public sealed class AnonymisedClientBehaviour<TRequest, TResponse>(IApplicationDbContext db) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is ICaseChange { OnlyEndsWork: false } change
            && await db.Cases.Where(c => c.Id == change.CaseId).Select(c => (int?)c.ClientId).SingleOrDefaultAsync(cancellationToken) is { } clientId
            && await db.Clients.IgnoreQueryFilters().AnyAsync(c => c.Id == clientId && c.AnonymisedOn != null, cancellationToken))
        {
            throw InvalidRequestException.For(string.Empty, Messages.CaseOfAnonymisedClient);
        }

        return await next();
    }
}
