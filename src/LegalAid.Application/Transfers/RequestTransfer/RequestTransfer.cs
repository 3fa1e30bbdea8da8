using System.Globalization;
using FluentValidation;
using LegalAid.Application.Clients.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Application.Transfers.Common;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Transfers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Transfers.RequestTransfer;

/// <summary>
/// A case worker who was told on registration that a similar person is registered at another centre asks that
/// centre to send them. The request carries only what the case worker typed; the holding centre's coordinator
/// decides whether to send anyone, and the requester learns nothing about them until the transfer is accepted.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record RequestTransfer : IIdempotentCommand<int>
{
    /// <summary>The code of the centre the duplicate warning named (MOW, KZN, CHE).</summary>
    public string? CentreCode { get; init; }

    public string? FamilyName { get; init; }

    public string? GivenName { get; init; }

    public string? Patronymic { get; init; }

    /// <summary>The exact date of birth, when known.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>The year of birth, when only the year is known.</summary>
    public int? BirthYear { get; init; }

    public string? Phone { get; init; }

    /// <summary>Why the person should move: for the holding centre's coordinator.</summary>
    public string? Note { get; init; }
}

public sealed class RequestTransferValidator : AbstractValidator<RequestTransfer>
{
    public RequestTransferValidator(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    {
        RuleFor(r => r.CentreCode).Cascade(CascadeMode.Stop).NotEmpty().WithChoiceMessage().FreeText(10)
            .MustAsync((code, ct) => db.Centres.AnyAsync(c => c.Code == code && c.Id != user.CentreId, ct)).WithMessage(_ => Messages.UnknownCentre);
        RuleFor(r => r.FamilyName).Required().PersonNamePart();
        RuleFor(r => r.GivenName).Required().PersonNamePart();
        RuleFor(r => r.Patronymic).PersonNamePart();
        RuleFor(r => r.DateOfBirth).BirthDate(clock);
        RuleFor(r => r.BirthYear).Cascade(CascadeMode.Stop).BirthYear(clock).YearOf(r => r.DateOfBirth);
        RuleFor(r => r.Phone).FreeText(Client.PhoneMaxLength)
            .Must(ClientPhone.IsValidInProgrammeCountries).WithMessage(_ => Messages.InvalidPhone);
        RuleFor(r => r.Note).FreeText(ClientTransfer.NoteMaxLength, multiline: true);
    }
}

public sealed class RequestTransferHandler(IApplicationDbContext db, ICurrentUser user, IActorContext actors, IAuditTrail audit) : IRequestHandler<RequestTransfer, int>
{
    public async Task<int> Handle(RequestTransfer request, CancellationToken cancellationToken)
    {
        var holding = await db.Centres.SingleAsync(c => c.Code == request.CentreCode, cancellationToken);
        var mine = await db.Centres.SingleAsync(c => c.Id == user.CentreId, cancellationToken);
        var transfer = ClientTransfer.Request(
            holding.Id,
            mine.Id,
            new PersonSought(request.FamilyName!, request.GivenName!, request.Patronymic, request.BirthYear, request.DateOfBirth, request.Phone),
            request.Note,
            actors.At(mine));
        if (await PendingRequestForAsync(transfer, cancellationToken) is { } pending)
        {
            throw InvalidRequestException.For(string.Empty, string.Format(CultureInfo.CurrentCulture, Messages.TransferAlreadyRequested, pending));
        }

        db.ClientTransfers.Add(transfer);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordForOtherCentreAsync(transfer, mine.Id, cancellationToken);
        return transfer.Id;
    }

    /// <summary>
    /// A request of this centre to the same one, still unanswered, for the person by the same name (born the same year
    /// when both say): asking twice would only give the holding centre's coordinator the same decision twice.
    /// </summary>
    private Task<int?> PendingRequestForAsync(ClientTransfer transfer, CancellationToken cancellationToken)
    {
        var sought = transfer.Sought!;
        return db.ClientTransfers
            .Where(t => t.Status == TransferStatus.Requested && t.FromCentreId == transfer.FromCentreId && t.ToCentreId == transfer.ToCentreId
                && t.Sought!.FamilyName == sought.FamilyName && t.Sought.GivenName == sought.GivenName
                && (t.Sought.BirthYear == null || sought.BirthYear == null || t.Sought.BirthYear == sought.BirthYear))
            .Select(t => (int?)t.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
