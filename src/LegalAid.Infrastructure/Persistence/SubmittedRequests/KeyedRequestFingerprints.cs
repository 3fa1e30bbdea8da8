using LegalAid.Application.Common.Interfaces;
using LegalAid.Infrastructure.Auditing;

namespace LegalAid.Infrastructure.Persistence.SubmittedRequests;

internal sealed class KeyedRequestFingerprints(AuditCrypto crypto) : IRequestFingerprints
{
    public string Of(byte[] request) => crypto.HashSubmittedRequest(request);
}
