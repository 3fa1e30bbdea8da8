using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Resources;
using MediatR;

namespace LegalAid.Application.Account.EnableTwoFactor;

/// <summary>Turns two-factor sign-in on, once the user proves their app produces valid codes.</summary>
[Authorize]
public sealed record EnableTwoFactor : ICommand<Unit>
{
    public string? Code { get; init; }
}

public sealed class EnableTwoFactorValidator : AbstractValidator<EnableTwoFactor>
{
    public EnableTwoFactorValidator() =>
        RuleFor(c => c.Code).Must(code => code is not null && code.Trim().Length == 6 && code.Trim().All(char.IsAsciiDigit))
            .WithMessage(_ => Messages.InvalidCode);
}

public sealed class EnableTwoFactorHandler(IAccountService accounts, ICurrentUser user) : IRequestHandler<EnableTwoFactor, Unit>
{
    public async Task<Unit> Handle(EnableTwoFactor request, CancellationToken cancellationToken) =>
        await accounts.EnableTwoFactorAsync(user.UserId!, request.Code!.Trim())
            ? Unit.Value
            : throw InvalidRequestException.For(nameof(request.Code), Messages.CodeDidNotMatch);
}
