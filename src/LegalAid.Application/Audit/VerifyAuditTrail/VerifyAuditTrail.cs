using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using MediatR;

namespace LegalAid.Application.Audit.VerifyAuditTrail;

/// <summary>Recomputes the audit trail's hash chain and names the first entry that does not match (changed, removed, or cut off the end).</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record VerifyAuditTrail : IRequest<AuditChainVerification>;

public sealed class VerifyAuditTrailHandler(IAuditChainVerifier verifier) : IRequestHandler<VerifyAuditTrail, AuditChainVerification>
{
    public Task<AuditChainVerification> Handle(VerifyAuditTrail request, CancellationToken cancellationToken) => verifier.VerifyAsync(cancellationToken);
}
