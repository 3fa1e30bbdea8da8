using FluentValidation;
using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Cases.Common;
using LegalAid.Application.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.EditDeadline;

/// <summary>Corrects a deadline's type, day, time, place and note; any case worker of the case's centre. <see cref="Version"/> is the deadline's.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record EditDeadline : DeadlineFields, ICommand<int>, IVersionedChange, ICaseChange
{
    public int CaseId { get; init; }

    public int DeadlineId { get; init; }

    public int Version { get; init; }

    /// <summary>The correction of the deadline as read: what the edit form starts from.</summary>
    public static EditDeadline From(int caseId, DeadlineItem deadline) => new()
    {
        CaseId = caseId,
        DeadlineId = deadline.Id,
        Version = deadline.Version,
        Type = deadline.Type,
        DueOn = deadline.DueOn,
        DueAt = deadline.DueAt,
        Place = deadline.Place,
        Note = deadline.Note,
    };
}

public sealed class EditDeadlineValidator : AbstractValidator<EditDeadline>
{
    public EditDeadlineValidator(TimeProvider clock) => Include(new DeadlineFieldsValidator(clock));
}

public sealed class EditDeadlineHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<EditDeadline, int>
{
    public async Task<int> Handle(EditDeadline request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.IgnoreQueryFilters(QueryFilters.VoidedOnly).Include(c => c.Centre).Include(c => c.Deadlines.Where(d => d.Id == request.DeadlineId))
            .SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var deadline = @case.Deadlines.SingleOrDefault().ExpectVersion(request.DeadlineId, request.Version);

        @case.CorrectDeadline(deadline.Id, request.ToDetails(), actors.At(@case.Centre));
        await db.SaveChangesAsync(cancellationToken);
        return deadline.Version;
    }
}
