using FluentValidation;
using LegalAid.Application.Cases.Common;
using LegalAid.Application.Clients.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.OpenCase;

[Authorize(Roles = Roles.CaseWorkers)]
public sealed record OpenCase : CaseFields, IIdempotentCommand<OpenedCase>
{
    /// <summary>The client; the case belongs to the centre that holds them, which must be the user's.</summary>
    public int ClientId { get; init; }

    /// <summary>The lawyer in charge; the current user when not given.</summary>
    public int? AssignedLawyerId { get; init; }

    /// <summary>The opening date at the centre; today when not given.</summary>
    public DateOnly? OpenedOn { get; init; }
}

public sealed record OpenedCase(int Id, string Number);

public sealed class OpenCaseValidator : AbstractValidator<OpenCase>
{
    public OpenCaseValidator(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    {
        Include(new CaseFieldsValidator(db));
        RuleFor(c => c.ClientId).Given(() => Messages.UnknownClient)
            .MustAsync((id, ct) => db.Clients.AnyAsync(c => c.Id == id, ct)).WithMessage(_ => Messages.UnknownClient)
            .CustomAsync(async (id, context, ct) =>
            {
                if (await db.Clients.NewWorkRefusalAsync(id, ct) is { } refusal)
                {
                    context.AddFailure(refusal);
                }
            });
        // Left empty, the lawyer is the signed-in staff member (see RegisterClientValidator).
        RuleFor(c => c.AssignedLawyerId).NotNull().WithRequiredMessage().When(_ => currentUser.StaffMemberId is null);
        RuleFor(c => c.OpenedOn).PastEventDate(clock);
    }
}

public sealed class OpenCaseHandler(IApplicationDbContext db, IActorContext actors, ICurrentUser currentUser, ICaseNumberAllocator numbers)
    : IRequestHandler<OpenCase, OpenedCase>
{
    public async Task<OpenedCase> Handle(OpenCase request, CancellationToken cancellationToken)
    {
        var centre = await db.Clients.Where(c => c.Id == request.ClientId).Select(c => c.Centre).SingleAsync(cancellationToken);
        currentUser.EnsureHeldBy(centre.Id, nameof(request.ClientId));

        var lawyerId = request.AssignedLawyerId ?? currentUser.StaffMemberId!.Value;
        if (!await db.StaffMembers.IsLawyerOfCentreAsync(lawyerId, centre.Id, cancellationToken))
        {
            throw InvalidRequestException.For(nameof(request.AssignedLawyerId), Messages.UnknownLawyer);
        }

        var actor = actors.At(centre);
        var openedOn = request.OpenedOn ?? actor.Today;
        var details = await request.ToDetailsAsync(db, cancellationToken);
        var number = await numbers.NextAsync(centre, openedOn.Year, cancellationToken);

        var @case = new Case(number, request.ClientId, centre.Id, lawyerId, openedOn, details, actor);
        db.Cases.Add(@case);
        await db.SaveChangesAsync(cancellationToken);
        return new OpenedCase(@case.Id, @case.Number);
    }
}
