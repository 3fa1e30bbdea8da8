using FluentValidation;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.AddDeadline;

[Authorize(Roles = Roles.CaseWorkers)]
public sealed record AddDeadline : ICommand<int>
{
    public int CaseId { get; init; }

    public DeadlineType? Type { get; init; }

    public DateOnly? DueOn { get; init; }

    public string? Note { get; init; }
}

public sealed class AddDeadlineValidator : AbstractValidator<AddDeadline>
{
    public AddDeadlineValidator(TimeProvider clock)
    {
        RuleFor(d => d.Type).Choice();
        RuleFor(d => d.DueOn).NotNull().WithMessage(_ => Resources.Messages.Required).EventDate(clock);
        RuleFor(d => d.Note).FreeText(Deadline.NoteMaxLength);
    }
}

public sealed class AddDeadlineHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<AddDeadline, int>
{
    public async Task<int> Handle(AddDeadline request, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.Include(c => c.Centre).SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException(nameof(Case), request.CaseId);
        var deadline = @case.AddDeadline(request.Type!.Value, request.DueOn!.Value, request.Note, actors.At(@case.Centre));
        await db.SaveChangesAsync(cancellationToken);
        return deadline.Id;
    }
}
