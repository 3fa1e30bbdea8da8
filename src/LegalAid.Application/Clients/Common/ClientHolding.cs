using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Resources;

namespace LegalAid.Application.Clients.Common;

internal static class ClientHolding
{
    /// <summary>
    /// Only the centre that holds a client changes them or opens their cases: a centre that kept a case of a client who
    /// moved on reads the client with that case, and may still record their withdrawal of consent, which only protects them.
    /// </summary>
    public static void EnsureHeldBy(this ICurrentUser user, int clientCentreId, string field)
    {
        if (clientCentreId != user.CentreId)
        {
            throw InvalidRequestException.For(field, Messages.ClientHeldElsewhere);
        }
    }
}
