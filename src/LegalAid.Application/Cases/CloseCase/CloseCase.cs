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

[Authorize(Roles = Roles.CaseWorkers)]
public sealed record CloseCase : ICommand<int>
{
    public int Id { get; init; }

    public int Version { get; init; }

    public CaseOutcome? Outcome { get; init; }

    /// <summary>The closing date at the centre; today when not given.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>Money recovered for the client, in roubles.</summary>
    public decimal? AmountRecovered { get; init; }

    public string? Note { get; init; }
}

public sealed class CloseCaseValidator : AbstractValidator<CloseCase>
{
    public CloseCaseValidator(TimeProvider clock)
    {
        RuleFor(c => c.Outcome).Choice();
        RuleFor(c => c.ClosedOn).EventDate(clock);
        RuleFor(c => c.AmountRecovered).Money();
        RuleFor(c => c.Note).FreeText(Case.NoteMaxLength, multiline: true);
    }
}

public sealed class CloseCaseHandler(IApplicationDbContext db, IActorContext actors) : IRequestHandler<CloseCase, int>
{
    public async Task<int> Handle(CloseCase request, CancellationToken cancellationToken)
    {
        var @case = (await db.Cases.Include(c => c.Centre).SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken))
            .ExpectVersion(request.Id, request.Version);
        var actor = actors.At(@case.Centre);

        @case.Close(
            request.Outcome!.Value,
            request.ClosedOn ?? actor.Today,
            Money.Of(request.AmountRecovered ?? 0m, field: nameof(request.AmountRecovered)),
            actor,
            request.Note);
        await db.SaveChangesAsync(cancellationToken);
        return @case.Version;
    }
}
