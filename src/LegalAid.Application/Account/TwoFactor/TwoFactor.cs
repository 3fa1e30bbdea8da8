using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Resources;
using MediatR;

namespace LegalAid.Application.Account.TwoFactor;

/// <summary>The current user's authenticator key and whether two-factor sign-in is on.</summary>
[Authorize]
public sealed record GetTwoFactorSetup : IRequest<TwoFactorSetup>;

/// <summary>Turns two-factor sign-in on, once the user proves their app produces valid codes.</summary>
[Authorize]
public sealed record EnableTwoFactor : ICommand<Unit>
{
    public string? Code { get; init; }
}

[Authorize]
public sealed record DisableTwoFactor : ICommand<Unit>;

public sealed class EnableTwoFactorValidator : AbstractValidator<EnableTwoFactor>
{
    public EnableTwoFactorValidator() =>
        RuleFor(c => c.Code).Must(code => code is not null && code.Trim().Length == 6 && code.Trim().All(char.IsAsciiDigit))
            .WithMessage(_ => Messages.InvalidCode);
}

public sealed class TwoFactorHandlers(IAccountService accounts, ICurrentUser user)
    : IRequestHandler<GetTwoFactorSetup, TwoFactorSetup>, IRequestHandler<EnableTwoFactor, Unit>, IRequestHandler<DisableTwoFactor, Unit>
{
    public Task<TwoFactorSetup> Handle(GetTwoFactorSetup request, CancellationToken cancellationToken) =>
        accounts.GetTwoFactorSetupAsync(user.UserId!);

    public async Task<Unit> Handle(EnableTwoFactor request, CancellationToken cancellationToken) =>
        await accounts.EnableTwoFactorAsync(user.UserId!, request.Code!.Trim())
            ? Unit.Value
            : throw InvalidRequestException.For(nameof(request.Code), Messages.InvalidCode);

    public async Task<Unit> Handle(DisableTwoFactor request, CancellationToken cancellationToken)
    {
        await accounts.DisableTwoFactorAsync(user.UserId!);
        return Unit.Value;
    }
}
