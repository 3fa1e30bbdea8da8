using FluentValidation;
using LegalAid.Application.Clients.Common;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Cases.ReopenCase;

/// <summary>Reopens a closed case, unless its client may take no new work (<see cref="NewWork"/>); its earlier closing stays in the history.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
public sealed record ReopenCase : ICommand<int>, IVersionedChange
{
    public int Id { get; init; }

    public int Version { get; init; }

    public DateOnly? ReopenedOn { get; init; }

    public string? Note { get; init; }
}

public sealed class ReopenCaseValidator : AbstractValidator<ReopenCase>
{
    public ReopenCaseValidator(TimeProvider clock)
    {
        RuleFor(c => c.ReopenedOn).PastEventDate(clock);
        RuleFor(c => c.Note).FreeText(Case.NoteMaxLength, multiline: true);
    }
}

public sealed class ReopenCaseHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<ReopenCase, int>
{
    public async Task<int> Handle(ReopenCase request, CancellationToken cancellationToken)
    {
        var @case = (await db.Cases.Include(c => c.Centre).SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken))
            .ExpectVersion(request.Id, request.Version);
        if (await db.Clients.NewWorkRefusalAsync(@case.ClientId, cancellationToken) is { } refusal)
        {
            throw InvalidRequestException.For(string.Empty, refusal);
        }

        var actor = actors.At(@case.Centre);
        @case.Reopen(request.ReopenedOn ?? actor.Today, actor, request.Note);
        await db.SaveChangesAsync(cancellationToken);
        return @case.Version;
    }
}
