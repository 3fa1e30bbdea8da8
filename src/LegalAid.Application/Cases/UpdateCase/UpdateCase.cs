using FluentValidation;
using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Cases.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.UpdateCase;

/// <summary>
/// Edits a case's description, its opening date (while every consultation stays at most a week before it, see
/// <see cref="Case.IntakeDaysBeforeOpening"/>) and (coordinators only) its lawyer; <see cref="Version"/> is the version the user loaded.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record UpdateCase : CaseFields, ICommand<int>, IVersionedChange, ICaseChange
{
    public int Id { get; init; }

    int ICaseChange.CaseId => Id;

    public int Version { get; init; }

    public int? AssignedLawyerId { get; init; }

    /// <summary>The opening date at the centre; unchanged when not given.</summary>
    public DateOnly? OpenedOn { get; init; }

    /// <summary>The edit of the case as read: what the edit form starts from.</summary>
    public static UpdateCase From(CaseDto @case) => new()
    {
        Id = @case.Id,
        Version = @case.Version,
        AssignedLawyerId = @case.AssignedLawyerId,
        OpenedOn = @case.OpenedOn,
        PrimaryCategoryId = @case.PrimaryCategoryId,
        OtherCategoryIds = @case.OtherCategoryIds,
        Summary = @case.Summary,
        OpposingPartyName = @case.OpposingPartyName,
        OpposingPartyKind = @case.OpposingPartyKind,
        AmountClaimed = @case.AmountClaimed,
    };
}

public sealed class UpdateCaseValidator : AbstractValidator<UpdateCase>
{
    public UpdateCaseValidator(IApplicationDbContext db, TimeProvider clock)
    {
        Include(update => new CaseFieldsValidator(db, update.Id));
        RuleFor(c => c.OpenedOn).PastEventDate(clock);
    }
}

public sealed class UpdateCaseHandler(IApplicationDbContext db, ICurrentUser currentUser, IActorContext actors) : IRequestHandler<UpdateCase, int>
{
    public async Task<int> Handle(UpdateCase request, CancellationToken cancellationToken)
    {
        var @case = (await db.Cases.Include(c => c.OtherCategories).Include(c => c.Centre).SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken))
            .ExpectVersion(request.Id, request.Version);

        @case.Describe(await request.ToDetailsAsync(db, cancellationToken));
        if (request.OpenedOn is { } openedOn && openedOn != @case.OpenedOn)
        {
            // The form posts its date with every edit; what a new date must still fit is read only when it moves.
            await db.Cases.Where(c => c.Id == @case.Id).Include(c => c.Consultations).Include(c => c.Referrals).Include(c => c.Deadlines).Include(c => c.History)
                .LoadAsync(cancellationToken);
            @case.ChangeOpeningDate(openedOn, actors.At(@case.Centre));
        }

        if (request.AssignedLawyerId is { } lawyerId && lawyerId != @case.AssignedLawyerId)
        {
            if (!currentUser.IsInRole(Roles.Coordinator))
            {
                throw new ForbiddenAccessException(Roles.Coordinator);
            }

            if (!await db.StaffMembers.IsLawyerOfCentreAsync(lawyerId, @case.CentreId, cancellationToken))
            {
                throw InvalidRequestException.For(nameof(request.AssignedLawyerId), Messages.UnknownLawyer);
            }

            @case.Reassign(lawyerId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return @case.Version;
    }
}
