using FluentValidation;
using LegalAid.Application.Cases.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.AddDeadline;

[Authorize(Roles = Roles.CaseWorkers)]
public sealed record AddDeadline : DeadlineFields, IIdempotentCommand<int>, ICaseChange
{
    public int CaseId { get; init; }
}

public sealed class AddDeadlineValidator : AbstractValidator<AddDeadline>
{
    public AddDeadlineValidator(TimeProvider clock) => Include(new DeadlineFieldsValidator(clock));
}

public sealed class AddDeadlineHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<AddDeadline, int>
{
    public async Task<int> Handle(AddDeadline request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.Include(c => c.Centre).SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var deadline = @case.AddDeadline(request.ToDetails(), actors.At(@case.Centre));
        await db.SaveChangesAsync(cancellationToken);
        return deadline.Id;
    }
}
