using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Consultations.LogConsultation;

[Authorize(Roles = Roles.CaseWorkers)]
public sealed record LogConsultation : ICommand<int>
{
    public int CaseId { get; init; }

    /// <summary>Date and time at the centre (its local time); now when not given.</summary>
    public DateTime? HeldAt { get; init; }

    public ConsultationChannel? Channel { get; init; }

    /// <summary>The lawyer who gave it; the current user when not given.</summary>
    public int? LawyerId { get; init; }

    public int DurationMinutes { get; init; }

    /// <summary>Problem categories discussed; the case's primary category when none is given.</summary>
    public IReadOnlyList<int>? CategoryIds { get; init; }

    public IReadOnlyList<ConsultationActions>? Actions { get; init; }

    public string? Summary { get; init; }

    public DateOnly? FollowUpOn { get; init; }
}

public sealed class LogConsultationValidator : AbstractValidator<LogConsultation>
{
    public LogConsultationValidator(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        RuleFor(c => c.HeldAt).EventMoment(clock);
        RuleFor(c => c.Channel).Choice();
        RuleFor(c => c.LawyerId ?? currentUser.StaffMemberId).NotNull().WithMessage(_ => Messages.Required)
            .OverridePropertyName(nameof(LogConsultation.LawyerId));
        RuleFor(c => c.DurationMinutes).InclusiveBetween(1, Consultation.MaxDurationMinutes).WithMessage(_ => Messages.InvalidDuration);
        RuleFor(c => c.CategoryIds).Cascade(CascadeMode.Stop).FewValues().ExistingCategories(db);
        RuleFor(c => c.Actions).Choices();
        RuleFor(c => c.Summary).FreeText(Consultation.SummaryMaxLength, multiline: true);
        RuleFor(c => c.FollowUpOn).EventDate(clock);
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
        var heldAt = request.HeldAt is { } local ? @case.Centre.MomentFromLocal(local) : new(actor.NowUtc, actor.Today);
        var consultation = @case.LogConsultation(
            new ConsultationDetails(
                heldAt,
                request.Channel!.Value,
                lawyerId,
                request.DurationMinutes,
                request.CategoryIds ?? [],
                (request.Actions ?? []).Aggregate(ConsultationActions.None, (all, one) => all | one),
                request.Summary,
                request.FollowUpOn),
            actor);
        await db.SaveChangesAsync(cancellationToken);
        return consultation.Id;
    }
}
