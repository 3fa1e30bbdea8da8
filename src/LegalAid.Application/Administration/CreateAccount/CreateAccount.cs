using System.Net.Mail;
using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using MediatR;

namespace LegalAid.Application.Administration.CreateAccount;

/// <summary>
/// Creates an account; lawyers and coordinators need a centre, other roles must not have one. Without a
/// <see cref="Password"/> the account gets a one-time password its user must change at the first sign-in.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record CreateAccount : ICommand<CreatedAccount>
{
    public string? Email { get; init; }

    public string? DisplayName { get; init; }

    public string? Role { get; init; }

    public int? CentreId { get; init; }

    /// <summary>The password the operator chose (the command line's <c>--password-stdin</c>, for a first administrator).</summary>
    public string? Password { get; init; }
}

public sealed class CreateAccountValidator : AbstractValidator<CreateAccount>
{
    public CreateAccountValidator(IApplicationDbContext db)
    {
        RuleFor(a => a.Email).Required().FreeText(256).Must(IsAnAddress).WithMessage(_ => Messages.InvalidEmail);
        RuleFor(a => a.DisplayName).Required().Name(Domain.Staff.StaffMember.FullNameMaxLength);
        RuleFor(a => a.Role).Must(IsARole).WithChoiceMessage();
        // A role not on the list has no rule for its centre: its own message says what is wrong.
        RuleFor(a => a.CentreId)
            .NotNull().When(a => IsARole(a.Role) && Roles.IsCentreScoped(a.Role!), ApplyConditionTo.CurrentValidator).WithRequiredMessage()
            .Null().When(a => IsARole(a.Role) && !Roles.IsCentreScoped(a.Role!), ApplyConditionTo.CurrentValidator).WithMessage(_ => Messages.NoCentreForRole)
            .ExistingCentre(db).When(a => a.CentreId is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(a => a.Password).FreeText(256);
    }

    private static bool IsARole(string? role) => role is not null && Roles.All.Contains(role);

    /// <summary>One mailbox at a domain with a dot, as mail is sent to it: no spaces, no "a@b", no "a@b..ru"; letters of any script.</summary>
    private static bool IsAnAddress(string? email) =>
        email is null || (MailAddress.TryCreate(email.Trim(), out var address) && address.Address == email.Trim() && address.DisplayName.Length == 0
            && address.Host.Split('.') is { Length: > 1 } labels && labels.All(label => label.Length > 0));
}

public sealed class CreateAccountHandler(IUserAdministration users) : IRequestHandler<CreateAccount, CreatedAccount>
{
    public Task<CreatedAccount> Handle(CreateAccount request, CancellationToken cancellationToken) =>
        users.CreateAsync(new NewAccount(request.Email!.Trim(), request.DisplayName!.Trim(), request.Role!, request.CentreId, request.Password), cancellationToken);
}
