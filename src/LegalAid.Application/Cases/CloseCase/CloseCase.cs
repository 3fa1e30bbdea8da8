using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.CloseCase;

/// <summary>
/// Closes a case with its outcome. A case with a court hearing ahead (not done, today or later) closes only with
/// <see cref="ConfirmUpcomingHearing"/>, and an unusual amount recovered only with <see cref="ConfirmAmountRecovered"/>;
/// without them the request is refused (400, an error for that field).
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record CloseCase : ICommand<int>, IVersionedChange, ICaseChange
{
    public int Id { get; init; }

    int ICaseChange.CaseId => Id;

    bool ICaseChange.OnlyEndsWork => string.IsNullOrWhiteSpace(Note);

    public int Version { get; init; }

    public CaseOutcome? Outcome { get; init; }

    /// <summary>The closing date at the centre; today when not given.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>Money recovered for the client, in roubles.</summary>
    public decimal? AmountRecovered { get; init; }

    public string? Note { get; init; }

    /// <summary>The user knows of the hearing still ahead and closes the case anyway.</summary>
    public bool ConfirmUpcomingHearing { get; init; }

    /// <summary>The user has checked an unusual amount recovered (<see cref="Case.IsUnusualRecovery"/>) and it is right.</summary>
    public bool ConfirmAmountRecovered { get; init; }
}

public sealed class CloseCaseValidator : AbstractValidator<CloseCase>
{
    public CloseCaseValidator(TimeProvider clock)
    {
        // A missing outcome is the domain's to refuse, together with closing's other rules (Case.Close).
        RuleFor(c => c.Outcome).Must(outcome => outcome is null || Enum.IsDefined(outcome.Value)).WithChoiceMessage();
        RuleFor(c => c.ClosedOn).PastEventDate(clock);
        RuleFor(c => c.AmountRecovered).Money();
        RuleFor(c => c.Note).FreeText(Case.NoteMaxLength, multiline: true);
    }
}

public sealed class CloseCaseHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<CloseCase, int>
{
    public async Task<int> Handle(CloseCase request, CancellationToken cancellationToken)
    {
        var @case = (await db.Cases.Include(c => c.Centre)
                .Include(c => c.History)
                .Include(c => c.Consultations)
                .Include(c => c.Deadlines.Where(d => d.Type == DeadlineType.CourtHearing && !d.IsDone))
                .SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken))
            .ExpectVersion(request.Id, request.Version);
        var actor = actors.At(@case.Centre);

        @case.Close(
            request.Outcome,
            request.ClosedOn ?? actor.Today,
            Money.Of(request.AmountRecovered ?? 0m, field: nameof(request.AmountRecovered)),
            actor,
            request.Note,
            request.ConfirmUpcomingHearing,
            request.ConfirmAmountRecovered);
        await db.SaveChangesAsync(cancellationToken);
        return @case.Version;
    }
}
