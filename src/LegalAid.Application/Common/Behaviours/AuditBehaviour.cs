using LegalAid.Application.Common.Interfaces;
using MediatR;

namespace LegalAid.Application.Common.Behaviours;

/// <summary>Records every successful read of personal data (<see cref="IAuditedRequest"/>).</summary>
public sealed class AuditBehaviour<TRequest, TResponse>(IAuditTrail audit) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (request is IAuditedRequest audited)
        {
            await audit.RecordViewAsync(
                new AuditEvent(
                    audited.AuditAction,
                    audited.AuditEntityType,
                    audited.AuditEntityId,
                    audited.AuditDetails,
                    PersonalDetails: audited.AuditPersonalDetails,
                    ClientIds: (response as IShowsClients)?.ShownClientIds),
                cancellationToken);
        }

        return response;
    }
}
