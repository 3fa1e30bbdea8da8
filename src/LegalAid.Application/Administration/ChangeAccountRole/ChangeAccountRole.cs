using System.Text.Json;
using FluentValidation;
using LegalAid.Application.Common.Auditing;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Auditing;
using MediatR;

namespace LegalAid.Application.Administration.ChangeAccountRole;

/// <summary>
/// Gives an account another of the roles <see cref="Roles.ChangeableTo"/> allows; its sessions end, so the new role
/// applies from its next sign-in. Administrators cannot change their own role.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record ChangeAccountRole(string UserId, string? Role) : ICommand<Unit>;

public sealed class ChangeAccountRoleValidator : AbstractValidator<ChangeAccountRole>
{
    public ChangeAccountRoleValidator() =>
        RuleFor(c => c.Role).Must(r => r is not null && Roles.All.Contains(r)).WithChoiceMessage();
}

public sealed class ChangeAccountRoleHandler(IUserAdministration accounts, ICurrentUser user, IAuditTrail audit) : IRequestHandler<ChangeAccountRole, Unit>
{
    public async Task<Unit> Handle(ChangeAccountRole request, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(request.UserId, cancellationToken) ?? throw new NotFoundException("Account", request.UserId);
        if (account.UserId == user.UserId)
        {
            throw InvalidRequestException.For(nameof(request.Role), Messages.OwnRole);
        }

        if (!Roles.ChangeableTo(account.Role).Contains(request.Role))
        {
            throw InvalidRequestException.For(nameof(request.Role), Messages.RoleOutsideCentreWork);
        }

        if (account.Role != request.Role)
        {
            await accounts.ChangeRoleAsync(request.UserId, request.Role!, cancellationToken);
            await audit.RecordAsync(
                new AuditEvent(AuditAction.RoleChanged, "Account", request.UserId, JsonSerializer.Serialize(new RoleChange(account.Email, account.Role, request.Role!))),
                cancellationToken);
        }

        return Unit.Value;
    }
}
