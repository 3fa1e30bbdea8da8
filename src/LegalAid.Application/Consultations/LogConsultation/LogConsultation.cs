using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Consultations.Common;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Consultations.LogConsultation;

/// <summary>
/// Logs a consultation; it needs a summary or at least one action (an untouched form records nothing). As a contact
/// with the client it marks done the case's call backs due by its day.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record LogConsultation : ConsultationFields, IIdempotentCommand<int>, ICaseChange
{
    public int CaseId { get; init; }

    /// <summary>
    /// Date and time on the centre's clock (<c>2026-03-10T14:30</c>), or an instant with its offset
    /// (<c>2026-03-10T11:30:00Z</c>); now when not given. At most a week before the case was opened.
    /// </summary>
    public DateTime? HeldAt { get; init; }

    /// <summary>The lawyer who gave it; the current user when not given.</summary>
    public int? LawyerId { get; init; }
}

public sealed class LogConsultationValidator : AbstractValidator<LogConsultation>
{
    public LogConsultationValidator(IApplicationDbContext db, ICurrentUser currentUser, IActorContext actors, TimeProvider clock)
    {
        Include(new ConsultationFieldsValidator(db, clock));
        // A time on the centre's clock later than now there (tomorrow morning, an hour from now) is the domain's to
        // refuse too; asked here so that it comes with the form's other errors. The case is at the user's own centre.
        RuleFor(c => c.HeldAt).Cascade(CascadeMode.Stop).PastEventMoment(clock)
            .MustAsync(async (held, ct) => held is not { Kind: DateTimeKind.Unspecified } time || (await actors.HomeCentreAsync(ct)).MomentOf(time).Utc <= clock.GetUtcNow().UtcDateTime)
            .WithMessage(_ => Messages.InFuture);
        // The domain's rule, asked here too so that it comes with the form's other errors. The day of an instant given
        // with its offset is the centre's to tell: that one the domain checks alone.
        RuleFor(c => c.FollowUpOn)
            .Must((c, followUp) => c.HeldAt is not { Kind: DateTimeKind.Unspecified } held || Consultation.FollowUpFits(DateOnly.FromDateTime(held), followUp))
            .WithMessage(_ => Messages.FollowUpBeforeConsultation);
        // Left empty, the lawyer is the signed-in staff member (see RegisterClientValidator).
        RuleFor(c => c.LawyerId).NotNull().WithRequiredMessage().When(_ => currentUser.StaffMemberId is null);
    }
}

public sealed class LogConsultationHandler(IApplicationDbContext db, IActorContext actors, ICurrentUser currentUser)
    : IRequestHandler<LogConsultation, int>
{
    public async Task<int> Handle(LogConsultation request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.Include(c => c.Centre).SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var lawyerId = request.LawyerId ?? currentUser.StaffMemberId!.Value;
        if (!await db.StaffMembers.IsLawyerOfCentreAsync(lawyerId, @case.CentreId, cancellationToken))
        {
            throw InvalidRequestException.For(nameof(request.LawyerId), Messages.UnknownLawyer);
        }

        var actor = actors.At(@case.Centre);
        var heldAt = request.HeldAt is { } time ? @case.Centre.MomentOf(time) : new(actor.NowUtc, actor.Today);
        await LoadCallBacksDueByAsync(@case, heldAt.LocalDate, cancellationToken);
        var consultation = @case.LogConsultation(
            new ConsultationDetails(
                heldAt,
                request.Channel!.Value,
                lawyerId,
                request.DurationMinutes!.Value,
                request.CategoryIds ?? [],
                request.ActionFlags,
                request.Summary,
                request.FollowUpOn),
            actor);
        await db.SaveChangesAsync(cancellationToken);
        return consultation.Id;
    }

    /// <summary>
    /// The call backs the consultation keeps, loaded into its case. None is due by its day when nothing pending is (the
    /// case's next due day is later, or there is none), so most consultations read nothing more.
    /// </summary>
    private async Task LoadCallBacksDueByAsync(Case @case, DateOnly day, CancellationToken cancellationToken)
    {
        if (@case.NextDueOn <= day)
        {
            await db.Deadlines.Where(d => d.CaseId == @case.Id).Where(Deadline.KeptByContactOn(day)).LoadAsync(cancellationToken);
        }
    }
}
