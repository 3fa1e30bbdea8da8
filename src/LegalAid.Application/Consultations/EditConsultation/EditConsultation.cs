using FluentValidation;
using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Consultations.Common;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Consultations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Consultations.EditConsultation;

/// <summary>
/// Corrects a consultation's channel, duration, problems, actions, summary and follow-up (when and by whom it was held
/// stay); its author or a coordinator only. The follow-up's call-back deadline follows the date (see
/// <see cref="Case.CorrectConsultation"/>). <see cref="Version"/> is the consultation's version the user loaded.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record EditConsultation : ConsultationFields, ICommand<int>, IVersionedChange, ICaseChange
{
    public int CaseId { get; init; }

    public int ConsultationId { get; init; }

    public int Version { get; init; }

    /// <summary>The correction of the consultation as read: what the edit form starts from.</summary>
    public static EditConsultation From(int caseId, ConsultationItem consultation) => new()
    {
        CaseId = caseId,
        ConsultationId = consultation.Id,
        Version = consultation.Version,
        Channel = consultation.Channel,
        DurationMinutes = consultation.DurationMinutes,
        CategoryIds = consultation.CategoryIds,
        Actions = consultation.Actions,
        Summary = consultation.Summary,
        FollowUpOn = consultation.FollowUpOn,
    };
}

public sealed class EditConsultationValidator : AbstractValidator<EditConsultation>
{
    public EditConsultationValidator(IApplicationDbContext db, TimeProvider clock)
    {
        Include(edit => new ConsultationFieldsValidator(db, clock, edit.ConsultationId));
        // The domain's rule against the consultation's day (kept, as an edit does not move it), asked here too so that
        // it comes with the form's other errors.
        RuleFor(e => e.FollowUpOn)
            .MustAsync(async (edit, followUp, cancellationToken) => followUp is null
                || await db.Consultations.Where(c => c.Id == edit.ConsultationId && c.CaseId == edit.CaseId).Select(c => (DateOnly?)c.HeldOn)
                    .SingleOrDefaultAsync(cancellationToken) is not { } heldOn
                || Consultation.FollowUpFits(heldOn, followUp))
            .WithMessage(_ => Messages.FollowUpBeforeConsultation);
    }
}

public sealed class EditConsultationHandler(IApplicationDbContext db, IActorContext actors, ICurrentUser currentUser) : IRequestHandler<EditConsultation, int>
{
    public async Task<int> Handle(EditConsultation request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.IgnoreQueryFilters(QueryFilters.VoidedOnly).Include(c => c.Centre)
            .Include(c => c.Consultations.Where(x => x.Id == request.ConsultationId)).ThenInclude(x => x.Categories)
            .Include(c => c.Consultations.Where(x => x.Id == request.ConsultationId)).ThenInclude(x => x.FollowUps)
            .SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var consultation = @case.Consultations.SingleOrDefault().ExpectVersion(request.ConsultationId, request.Version);
        currentUser.EnsureMayCorrectConsultationOf(consultation.LawyerId);

        @case.CorrectConsultation(consultation.Id, request.ToCorrection(), Label.Get("FollowUp.DroppedInCorrection"), actors.At(@case.Centre));
        await db.SaveChangesAsync(cancellationToken);
        return consultation.Version;
    }
}
