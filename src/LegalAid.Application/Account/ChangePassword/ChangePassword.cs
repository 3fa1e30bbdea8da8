using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using MediatR;

namespace LegalAid.Application.Account.ChangePassword;

/// <summary>Changes the current account's password; answers how many of its API tokens that revoked.</summary>
[Authorize]
public sealed record ChangePassword : ICommand<int>
{
    public string? CurrentPassword { get; init; }

    public string? NewPassword { get; init; }

    public string? ConfirmPassword { get; init; }
}

public sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).Required();
        // A password an administrator issued (or anyone saw) must not become the lasting one.
        RuleFor(c => c.NewPassword).Required().NotEqual(c => c.CurrentPassword, StringComparer.Ordinal).WithMessage(_ => Messages.NewPasswordSameAsCurrent);
        RuleFor(c => c.ConfirmPassword).Equal(c => c.NewPassword).WithMessage(_ => Messages.PasswordsDiffer);
    }
}

public sealed class ChangePasswordHandler(IAccountService accounts, IApiTokens tokens, ICurrentUser user) : IRequestHandler<ChangePassword, int>
{
    public async Task<int> Handle(ChangePassword request, CancellationToken cancellationToken)
    {
        var refusal = await accounts.ChangePasswordAsync(user.UserId!, request.CurrentPassword!, request.NewPassword!);
        return refusal switch
        {
            null => await tokens.RevokeAllAsync(user.UserId!, cancellationToken),
            { WrongCurrentPassword: { } wrong } => throw InvalidRequestException.For(nameof(request.CurrentPassword), wrong),
            _ => throw new InvalidRequestException(new Dictionary<string, string[]> { [nameof(request.NewPassword)] = [.. refusal.NewPasswordRefusals] }),
        };
    }
}
