using FluentValidation;
using LegalAid.Application.Account.Common;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Resources;
using MediatR;

namespace LegalAid.Application.Account.SignInWithCode;

/// <summary>The second step of a two-factor sign-in: the six-digit code from the authenticator app.</summary>
public sealed record SignInWithCode : ICommand<SignInResult>
{
    public string? Code { get; init; }
}

public sealed class SignInWithCodeValidator : AbstractValidator<SignInWithCode>
{
    public SignInWithCodeValidator() =>
        RuleFor(s => s.Code).Must(code => code is not null && code.Replace(" ", string.Empty, StringComparison.Ordinal) is { Length: 6 } digits && digits.All(char.IsAsciiDigit))
            .WithMessage(_ => Messages.InvalidCode);
}

public sealed class SignInWithCodeHandler(IAccountService accounts, IAuditTrail audit) : IRequestHandler<SignInWithCode, SignInResult>
{
    public async Task<SignInResult> Handle(SignInWithCode request, CancellationToken cancellationToken)
    {
        var result = await accounts.CodeSignInAsync(request.Code!.Replace(" ", string.Empty, StringComparison.Ordinal));
        await audit.RecordSignInAsync(result, null, cancellationToken);
        return result;
    }
}
