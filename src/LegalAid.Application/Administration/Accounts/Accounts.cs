using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using MediatR;

namespace LegalAid.Application.Administration.Accounts;

[Authorize(Roles = Roles.Administrator)]
public sealed record ListAccounts : IRequest<IReadOnlyList<AccountSummary>>;

/// <summary>Creates an account; lawyers and coordinators need a centre, other roles must not have one.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record CreateAccount : ICommand<CreatedAccount>
{
    public string? Email { get; init; }

    public string? DisplayName { get; init; }

    public string? Role { get; init; }

    public int? CentreId { get; init; }
}

[Authorize(Roles = Roles.Administrator)]
public sealed record SetAccountLock(string UserId, bool Locked) : ICommand<Unit>;

[Authorize(Roles = Roles.Administrator)]
public sealed record ResetAccountPassword(string UserId) : ICommand<string>;

public sealed class CreateAccountValidator : AbstractValidator<CreateAccount>
{
    public CreateAccountValidator(IApplicationDbContext db)
    {
        RuleFor(a => a.Email).Required().FreeText(256).EmailAddress().WithMessage(_ => Messages.InvalidEmail);
        RuleFor(a => a.DisplayName).Required().Name(Domain.Staff.StaffMember.FullNameMaxLength);
        RuleFor(a => a.Role).Must(r => r is not null && Roles.All.Contains(r)).WithMessage(_ => Messages.InvalidChoice);
        RuleFor(a => a.CentreId)
            .NotNull().When(a => a.Role is not null && Roles.IsCentreScoped(a.Role)).WithMessage(_ => Messages.Required)
            .Null().When(a => a.Role is not null && !Roles.IsCentreScoped(a.Role)).WithMessage(_ => Messages.NoCentreForRole)
            .ExistingCentre(db).When(a => a.CentreId is not null);
    }
}

public sealed class AccountHandlers(IUserAdministration users)
    : IRequestHandler<ListAccounts, IReadOnlyList<AccountSummary>>,
      IRequestHandler<CreateAccount, CreatedAccount>,
      IRequestHandler<SetAccountLock, Unit>,
      IRequestHandler<ResetAccountPassword, string>
{
    public Task<IReadOnlyList<AccountSummary>> Handle(ListAccounts request, CancellationToken cancellationToken) =>
        users.ListAsync(cancellationToken);

    public Task<CreatedAccount> Handle(CreateAccount request, CancellationToken cancellationToken) =>
        users.CreateAsync(new NewAccount(request.Email!.Trim(), request.DisplayName!.Trim(), request.Role!, request.CentreId), cancellationToken);

    public async Task<Unit> Handle(SetAccountLock request, CancellationToken cancellationToken) =>
        await users.SetLockedAsync(request.UserId, request.Locked, cancellationToken)
            ? Unit.Value
            : throw new NotFoundException("Account", request.UserId);

    public async Task<string> Handle(ResetAccountPassword request, CancellationToken cancellationToken) =>
        await users.ResetPasswordAsync(request.UserId, cancellationToken) ?? throw new NotFoundException("Account", request.UserId);
}
