using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Auditing;
using MediatR;

namespace LegalAid.Application.Account.IssueApiToken;

/// <summary>Issues a bearer token for the current account; the same authorisation rules apply to it.</summary>
[Authorize]
public sealed record IssueApiToken : ICommand<IssuedApiToken>
{
    public const int MaxDaysValid = 365;

    public string? Name { get; init; }

    public int DaysValid { get; init; } = 90;
}

public sealed class IssueApiTokenValidator : AbstractValidator<IssueApiToken>
{
    public IssueApiTokenValidator()
    {
        RuleFor(t => t.Name).Required().Name(100);
        RuleFor(t => t.DaysValid).InclusiveBetween(1, IssueApiToken.MaxDaysValid)
            .WithMessage(_ => Messages.InvalidTokenDays.Replace("{Max}", IssueApiToken.MaxDaysValid.ToString(Messages.Culture), StringComparison.Ordinal));
    }
}

public sealed class IssueApiTokenHandler(IApiTokens tokens, ICurrentUser user, IAuditTrail audit, TimeProvider clock) : IRequestHandler<IssueApiToken, IssuedApiToken>
{
    public async Task<IssuedApiToken> Handle(IssueApiToken request, CancellationToken cancellationToken)
    {
        var issued = await tokens.IssueAsync(user.UserId!, request.Name!.Trim(), clock.GetUtcNow().UtcDateTime.AddDays(request.DaysValid), cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Created, "ApiToken", issued.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Name), cancellationToken);
        return issued;
    }
}
