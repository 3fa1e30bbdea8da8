using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using MediatR;

namespace LegalAid.Application.Account.SignOut;

[Authorize]
public sealed record SignOut : ICommand<Unit>;

public sealed class SignOutHandler(IAccountService accounts, IAuditTrail audit, ICurrentUser user) : IRequestHandler<SignOut, Unit>
{
    public async Task<Unit> Handle(SignOut request, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(new AuditEvent(AuditAction.SignedOut, "Account", user.UserId), cancellationToken);
        await accounts.SignOutAsync();
        return Unit.Value;
    }
}
