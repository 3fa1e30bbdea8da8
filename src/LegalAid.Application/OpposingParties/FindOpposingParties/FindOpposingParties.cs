using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.OpposingParties.FindOpposingParties;

/// <summary>
/// Employers, agencies and authorities with how many cases name them, most first, so repeat
/// offenders stand out. Lawyers count their centre's cases; programme staff count all centres. The list is the
/// programme's one register of the other side: unfiltered it shows the parties the reader's cases name, and a name typed
/// finds every centre's, so that an employer already entered in Moscow is picked again in Kazan, not entered twice.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers + "," + Roles.ProgrammeStaff)]
public sealed record FindOpposingParties(string? Query = null, OpposingPartyKind? Kind = null, int PageNumber = 1, int PageSize = 50)
    : IRequest<PagedList<OpposingPartyItem>>, IPageRequest;

public sealed record OpposingPartyItem(int Id, string Name, OpposingPartyKind Kind, int Cases, int OpenCases, long RecoveredMinorUnits)
{
    public decimal Recovered => RecoveredMinorUnits / 100m;
}

public sealed class FindOpposingPartiesValidator : AbstractValidator<FindOpposingParties>
{
    public FindOpposingPartiesValidator()
    {
        RuleFor(q => q.Query).FreeText(OpposingParty.NameMaxLength);
        Include(new PageRequestValidator());
    }
}

public sealed class FindOpposingPartiesHandler(IApplicationDbContext db) : IRequestHandler<FindOpposingParties, PagedList<OpposingPartyItem>>
{
    public Task<PagedList<OpposingPartyItem>> Handle(FindOpposingParties request, CancellationToken cancellationToken)
    {
        var parties = db.OpposingParties.AsQueryable();
        if (!string.IsNullOrWhiteSpace(request.Query))
        {
            var key = OpposingParty.KeyFor(request.Query);
            parties = parties.Where(p => p.NameKey.Contains(key));
        }

        if (request.Kind is { } kind)
        {
            parties = parties.Where(p => p.Kind == kind);
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            parties = parties.Where(p => db.Cases.Any(c => c.OpposingPartyId == p.Id));
        }

        return parties
            .OrderByDescending(p => db.Cases.Count(c => c.OpposingPartyId == p.Id)).ThenBy(p => p.Name)
            .Select(p => new OpposingPartyItem(
                p.Id,
                p.Name,
                p.Kind,
                db.Cases.Count(c => c.OpposingPartyId == p.Id),
                db.Cases.Count(c => c.OpposingPartyId == p.Id && c.Status == CaseStatus.Open),
                db.Cases.Where(c => c.OpposingPartyId == p.Id).Sum(c => (long?)c.AmountRecovered.MinorUnits) ?? 0))
            .ToPagedListAsync(request, cancellationToken);
    }
}
