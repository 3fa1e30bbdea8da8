using FluentValidation;
using LegalAid.Application.Cases.Common;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.OpenCase;

public sealed record OpenCase : CaseFields, ICommand<OpenedCase>
{
    public int ClientId { get; init; }

    public int CentreId { get; init; }

    /// <summary>The lawyer in charge; the current user when not given.</summary>
    public int? AssignedLawyerId { get; init; }

    /// <summary>The opening date at the centre; today when not given.</summary>
    public DateOnly? OpenedOn { get; init; }
}

public sealed record OpenedCase(int Id, string Number);

public sealed class OpenCaseValidator : AbstractValidator<OpenCase>
{
    public OpenCaseValidator(IApplicationDbContext db, ICurrentUser currentUser)
    {
        Include(new CaseFieldsValidator(db));
        RuleFor(c => c.ClientId).MustAsync((id, ct) => db.Clients.AnyAsync(c => c.Id == id, ct)).WithMessage(_ => Messages.UnknownClient);
        RuleFor(c => c.CentreId).ExistingCentre(db);
        RuleFor(c => c.AssignedLawyerId ?? currentUser.StaffMemberId).NotNull().WithMessage(_ => Messages.Required)
            .LawyerOfCentre(db, c => c.CentreId).OverridePropertyName(nameof(OpenCase.AssignedLawyerId));
    }
}

public sealed class OpenCaseHandler(IApplicationDbContext db, IActorContext actors, ICurrentUser currentUser, ICaseNumberAllocator numbers)
    : IRequestHandler<OpenCase, OpenedCase>
{
    public async Task<OpenedCase> Handle(OpenCase request, CancellationToken cancellationToken)
    {
        var centre = await db.Centres.SingleAsync(c => c.Id == request.CentreId, cancellationToken);
        var actor = actors.At(centre);
        var openedOn = request.OpenedOn ?? actor.Today;
        var details = await request.ToDetailsAsync(db, cancellationToken);
        var number = await numbers.NextAsync(centre, openedOn.Year, cancellationToken);
        var lawyerId = request.AssignedLawyerId ?? currentUser.StaffMemberId!.Value;

        var @case = new Case(number, request.ClientId, centre.Id, lawyerId, openedOn, details, actor);
        db.Cases.Add(@case);
        await db.SaveChangesAsync(cancellationToken);
        return new OpenedCase(@case.Id, @case.Number);
    }
}
