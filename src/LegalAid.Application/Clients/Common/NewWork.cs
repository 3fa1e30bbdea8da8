using System.Linq.Expressions;
using LegalAid.Application.Resources;
using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Clients.Common;

/// <summary>
/// Whether new work may be recorded for a client: a case opened or reopened, an imported consultation. Not for an
/// anonymised client, nor for one who withdrew consent until they give it again. Work on a case already open goes on
/// until the client is anonymised, so that a hearing next week is still recorded before the next anonymisation run;
/// after it their cases take nothing more (<see cref="Common.Behaviours.AnonymisedClientBehaviour{TRequest, TResponse}"/>).
/// </summary>
public static class NewWork
{
    public static readonly Expression<Func<Client, bool>> Refused = c => c.AnonymisedOn != null || c.ConsentWithdrawnOn != null;

    /// <summary>Why no new work may be recorded for the client, or null when it may (also when there is no such client).</summary>
    public static async Task<string?> NewWorkRefusalAsync(this IQueryable<Client> clients, int clientId, CancellationToken cancellationToken)
    {
        var state = await clients.Where(c => c.Id == clientId).Where(Refused)
            .Select(c => new { Anonymised = c.AnonymisedOn != null })
            .SingleOrDefaultAsync(cancellationToken);
        return state switch
        {
            null => null,
            { Anonymised: true } => Messages.ClientAnonymised,
            _ => Messages.ConsentWithdrawnNoCaseOpened,
        };
    }
}
