using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Common.Behaviours;

/// <summary>
/// Records every refusal in the audit trail: a role the request needs and the account lacks, and a record of
/// another centre asked for by id (the centre scope answers "not found", exactly as for a record that does not
/// exist; only an existing record of another centre is a refusal, an id that exists nowhere is not recorded).
/// It runs outside the transaction, and the trail writes the refusal apart from the request's pending changes.
/// </summary>
public sealed class AccessDenialBehaviour<TRequest, TResponse>(ICurrentUser user, IRecordCentres records, IAuditTrail audit)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string RequestName = typeof(TRequest).Name;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (ForbiddenAccessException forbidden) when (user.IsAuthenticated)
        {
            await audit.RecordApartAsync(AccessDenials.RoleOfRequest(RequestName, forbidden.Needs));
            throw;
        }
        catch (NotFoundException notFound) when (user.CentreId is { } centre)
        {
            if (await records.CentreOfAsync(notFound.Entity, notFound.Key, CancellationToken.None) is { } recordCentre && recordCentre != centre)
            {
                await audit.RecordApartAsync(AccessDenials.OtherCentre(notFound.Entity, notFound.Key, RequestName, recordCentre));
            }

            throw;
        }
    }
}
