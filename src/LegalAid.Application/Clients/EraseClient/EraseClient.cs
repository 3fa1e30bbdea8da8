using System.Globalization;
using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Reports.Disclosure;
using LegalAid.Application.Resources;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Clients.EraseClient;

/// <summary>
/// Erases one client's personal data at once, on their request, in one transaction: as anonymisation does, documents
/// included, and their audit key destroyed. The trail keeps that the erasure happened, who made it and why; the reason
/// may not name the person.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed record EraseClient : ICommand<ErasureResult>
{
    public const int ReasonMaxLength = 500;

    public int ClientId { get; init; }

    public string? Reason { get; init; }

    /// <summary>The administrator confirms that this cannot be undone.</summary>
    public bool Confirmed { get; init; }
}

/// <summary>The erased client and how many records (theirs included) lost personal data.</summary>
public sealed record ErasureResult(int ClientId, int Records);

public sealed class EraseClientValidator : AbstractValidator<EraseClient>
{
    public EraseClientValidator()
    {
        RuleFor(e => e.ClientId).GreaterThan(0).WithMessage(_ => Messages.ClientNumberExpected);
        RuleFor(e => e.Reason).Required().FreeText(EraseClient.ReasonMaxLength, multiline: true).HoldsNoPersonalData(() => Messages.ReasonMayNameAPerson);
        RuleFor(e => e.Confirmed).Equal(true).WithMessage(_ => Messages.ErasureNotConfirmed);
    }
}

public sealed class EraseClientHandler(IApplicationDbContext db, IActorContext actors, IPersonalDataEraser eraser, IAuditTrail audit)
    : IRequestHandler<EraseClient, ErasureResult>
{
    public async Task<ErasureResult> Handle(EraseClient request, CancellationToken cancellationToken)
    {
        var client = await db.Clients.AsNoTracking().Include(c => c.Centre).SingleOrDefaultAsync(c => c.Id == request.ClientId, cancellationToken)
            ?? throw new NotFoundException(nameof(Client), request.ClientId);
        if (client.AnonymisedOn is not null)
        {
            throw InvalidRequestException.For(nameof(request.ClientId), Messages.ClientAnonymised);
        }

        var reason = Text.Normalize(request.Reason!);
        if (ReasonNames(client, reason))
        {
            throw InvalidRequestException.For(nameof(request.Reason), Messages.ReasonNamesThePerson);
        }

        var records = await eraser.EraseAsync([client.Id], actors.At(client.Centre).Today, cancellationToken);
        await audit.RecordAsync(
            new AuditEvent(AuditAction.Erased, nameof(Client), client.Id.ToString(CultureInfo.InvariantCulture), $"reason={reason}", CentreId: client.CentreId),
            cancellationToken);
        return new ErasureResult(client.Id, records);
    }

    /// <summary>Whether the reason carries a part of the client's name (as written or in another spelling), their phone or birth date.</summary>
    private static bool ReasonNames(Client client, string reason)
    {
        var lowered = reason.ToLowerInvariant();
        var name = client.Name;
        var parts = new[] { name.FamilyName, name.GivenName, name.Patronymic, name.LatinName }
            .SelectMany(part => (part ?? string.Empty).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Where(part => part.Length >= 3)
            .ToList();
        var folded = NameFolding.Fold(reason).Split(' ').ToHashSet();
        var digits = PhoneNumber.Digits(reason);
        return parts.Any(part => lowered.Contains(part.ToLowerInvariant(), StringComparison.Ordinal) || NameFolding.FoldFirstWord(part) is { Length: >= 4 } skeleton && folded.Contains(skeleton))
            || client.Phone is { } phone && PhoneNumber.Digits(phone) is { Length: >= 5 } phoneDigits && digits.Contains(phoneDigits.Length > 7 ? phoneDigits[^7..] : phoneDigits, StringComparison.Ordinal)
            || client.BirthDate is { } born && (reason.Contains(born.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                || reason.Contains(born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }
}
