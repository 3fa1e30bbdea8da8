using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Desk.Common;
using LegalAid.Application.Resources;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.ReassignCases;

/// <summary>
/// Hands every open case of one lawyer of the coordinator's centre to another of its active lawyers, as when a lawyer
/// leaves (their account locked) or is away for long; answers how many cases moved. Each case changes as its edit
/// form would change it: its version moves, so a form left open on it is refused as stale, and each change is audited.
/// </summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed record ReassignCases : ICommand<int>
{
    /// <summary>Any lawyer of the centre, an inactive one too.</summary>
    public int? FromLawyerId { get; init; }

    /// <summary>An active lawyer of the centre.</summary>
    public int? ToLawyerId { get; init; }
}

public sealed class ReassignCasesValidator : AbstractValidator<ReassignCases>
{
    public ReassignCasesValidator(IApplicationDbContext db, ICurrentUser user)
    {
        RuleFor(r => r.FromLawyerId).Cascade(CascadeMode.Stop).NotNull().WithRequiredMessage()
            .MustAsync((id, ct) => db.StaffMembers.AnyAsync(s => s.Id == id && s.CentreId == user.CentreId, ct)).WithMessage(_ => Messages.UnknownLawyer);
        RuleFor(r => r.ToLawyerId).Cascade(CascadeMode.Stop).NotNull().WithRequiredMessage()
            .NotEqual(r => r.FromLawyerId).WithMessage(_ => Messages.ReassignToSameLawyer)
            .LawyerOfCentre(db, _ => user.CentreId!.Value);
    }
}

public sealed class ReassignCasesHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<ReassignCases, int>
{
    public async Task<int> Handle(ReassignCases request, CancellationToken cancellationToken)
    {
        var cases = await db.Cases.OpenCasesOf(request.FromLawyerId!.Value, user.CentreId!.Value).ToListAsync(cancellationToken);
        foreach (var @case in cases)
        {
            @case.Reassign(request.ToLawyerId!.Value);
        }

        await db.SaveChangesAsync(cancellationToken);
        return cases.Count;
    }
}
