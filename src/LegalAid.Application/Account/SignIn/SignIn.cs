using FluentValidation;
using LegalAid.Application.Account.Common;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Validation;
using MediatR;

namespace LegalAid.Application.Account.SignIn;

/// <summary>Signs in with e-mail and password; every attempt, good or bad, is audited with the IP address.</summary>
public sealed record SignIn : ICommand<SignInResult>
{
    public string? Email { get; init; }

    public string? Password { get; init; }
}

public sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(s => s.Email).Required().FreeText(256);
        RuleFor(s => s.Password).Required().Must(p => p is null || p.Length <= 256).WithRequiredMessage();
    }
}

public sealed class SignInHandler(IAccountService accounts, IAuditTrail audit) : IRequestHandler<SignIn, SignInResult>
{
    public async Task<SignInResult> Handle(SignIn request, CancellationToken cancellationToken)
    {
        var result = await accounts.PasswordSignInAsync(request.Email!.Trim(), request.Password!);
        await audit.RecordSignInAsync(result, request.Email!.Trim(), cancellationToken);
        return result;
    }
}
