using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Exports.Common;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Exports.ExportCases;

/// <summary>
/// The coordinator's centre's cases opened in the period, of a status, a lawyer or a problem, as CSV or XLSX, one row
/// per case with its client; audited with its filters.
/// </summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed record ExportCases(ExportFormat Format, DateOnly? From = null, DateOnly? To = null, CaseStatus? Status = null, int? LawyerId = null, int? CategoryId = null)
    : IRequest<ExportedFile>, ICentreExportFilter;

public sealed class ExportCasesValidator : AbstractValidator<ExportCases>
{
    public ExportCasesValidator(TimeProvider clock, IApplicationDbContext db, ICurrentUser user)
    {
        Include(new CentreExportFilterValidator(clock));
        RuleFor(e => e.Status).IsInEnum().WithMessage(_ => Messages.InvalidChoice);
        RuleFor(e => e.LawyerId).LawyerOfOwnCentre(db, user);
        RuleFor(e => e.CategoryId).KnownCategory(db);
    }
}

public sealed class ExportCasesHandler(IApplicationDbContext db, CentreExports exports) : IRequestHandler<ExportCases, ExportedFile>
{
    public async Task<ExportedFile> Handle(ExportCases request, CancellationToken cancellationToken)
    {
        var centre = await exports.CentreAsync(cancellationToken);
        var cases = db.Cases.AsNoTracking().Where(c => c.CentreId == centre.Id);
        cases = request.From is { } from ? cases.Where(c => c.OpenedOn >= from) : cases;
        cases = request.To is { } to ? cases.Where(c => c.OpenedOn <= to) : cases;
        cases = request.Status is { } status ? cases.Where(c => c.Status == status) : cases;
        cases = request.LawyerId is { } lawyer ? cases.Where(c => c.AssignedLawyerId == lawyer) : cases;
        cases = request.CategoryId is { } category ? cases.Where(c => c.PrimaryCategoryId == category || c.OtherCategories.Any(o => o.ProblemCategoryId == category)) : cases;
        await CentreExports.RefuseTooManyAsync(cases, cancellationToken);

        var found = await cases.OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Number, c.ClientId, c.Client.Name, c.OpenedOn, c.Status, c.PrimaryCategoryId, Others = c.OtherCategories.Select(o => o.ProblemCategoryId).ToList(),
                Lawyer = c.AssignedLawyer.FullName, Opposing = c.OpposingParty == null ? null : c.OpposingParty.Name, c.AmountClaimed, c.AmountRecovered,
                c.Summary, c.ClosedOn, c.Outcome, Consultations = c.Consultations.Count,
            })
            .ToListAsync(cancellationToken);
        var categories = await db.ProblemCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => new LocalisedName { Ru = c.NameRu, Ky = c.NameKy, En = c.NameEn }.ToString(), cancellationToken);
        var rows = found.Select(c => (IReadOnlyList<object?>)
        [
            c.Number, c.ClientId, c.Name.FullName, c.OpenedOn, Label.Of(c.Status), categories[c.PrimaryCategoryId], string.Join(", ", c.Others.Select(id => categories[id])),
            c.Lawyer, c.Opposing, c.AmountClaimed?.Amount, c.AmountRecovered.Amount, c.Summary, c.ClosedOn, c.Outcome is { } outcome ? Label.Of(outcome) : null, c.Consultations,
        ]).ToList();
        return await exports.WriteAsync(
            nameof(Case), "cases", request.Format,
            CentreExports.Header("Report.Field.Number", "Export.ClientId", "Report.Field.Name", "Report.Field.OpenedOn", "Report.Field.Status", "Report.Field.PrimaryCategory",
                "Report.Field.OtherCategories", "Report.Field.Lawyer", "Report.Field.OpposingParty", "Report.Field.AmountClaimed", "Report.Field.AmountRecovered",
                "Report.Field.Summary", "Report.Field.ClosedOn", "Report.Field.Outcome", "Column.Consultations"),
            rows,
            $"openedFrom={CentreExports.Value(request.From)}; openedTo={CentreExports.Value(request.To)}; status={CentreExports.Value(request.Status)}; lawyer={CentreExports.Value(request.LawyerId)}; category={CentreExports.Value(request.CategoryId)}",
            centre, cancellationToken);
    }
}
