using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Exports.Common;
using LegalAid.Application.Resources;
using LegalAid.Domain.Common;
using LegalAid.Domain.Consultations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Exports.ExportConsultations;

/// <summary>
/// The coordinator's centre's consultations held in the period, by channel, lawyer or problem, as CSV or XLSX, one row
/// per consultation with its case and client; audited with its filters.
/// </summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed record ExportConsultations(ExportFormat Format, DateOnly? From = null, DateOnly? To = null, ConsultationChannel? Channel = null, int? LawyerId = null, int? CategoryId = null)
    : IRequest<ExportedFile>, ICentreExportFilter;

public sealed class ExportConsultationsValidator : AbstractValidator<ExportConsultations>
{
    public ExportConsultationsValidator(TimeProvider clock, IApplicationDbContext db, ICurrentUser user)
    {
        Include(new CentreExportFilterValidator(clock));
        RuleFor(e => e.Channel).IsInEnum().WithMessage(_ => Messages.InvalidChoice);
        RuleFor(e => e.LawyerId).LawyerOfOwnCentre(db, user);
        RuleFor(e => e.CategoryId).KnownCategory(db);
    }
}

public sealed class ExportConsultationsHandler(IApplicationDbContext db, CentreExports exports) : IRequestHandler<ExportConsultations, ExportedFile>
{
    public async Task<ExportedFile> Handle(ExportConsultations request, CancellationToken cancellationToken)
    {
        var centre = await exports.CentreAsync(cancellationToken);
        var consultations = db.Consultations.AsNoTracking().Where(c => c.CentreId == centre.Id);
        consultations = request.From is { } from ? consultations.Where(c => c.HeldOn >= from) : consultations;
        consultations = request.To is { } to ? consultations.Where(c => c.HeldOn <= to) : consultations;
        consultations = request.Channel is { } channel ? consultations.Where(c => c.Channel == channel) : consultations;
        consultations = request.LawyerId is { } lawyer ? consultations.Where(c => c.LawyerId == lawyer) : consultations;
        consultations = request.CategoryId is { } category ? consultations.Where(c => c.Categories.Any(k => k.ProblemCategoryId == category)) : consultations;
        await CentreExports.RefuseTooManyAsync(consultations, cancellationToken);

        var found = await consultations.OrderBy(c => c.HeldAtUtc).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id, c.Case.Number, c.ClientId, c.Case.Client.Name, c.HeldAtUtc, c.Channel, Lawyer = c.Lawyer.FullName, c.DurationMinutes,
                Categories = c.Categories.Select(k => k.ProblemCategoryId).ToList(), c.Actions, c.Summary,
            })
            .ToListAsync(cancellationToken);
        var categories = await db.ProblemCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => new LocalisedName { Ru = c.NameRu, Ky = c.NameKy, En = c.NameEn }.ToString(), cancellationToken);
        var rows = found.Select(c => (IReadOnlyList<object?>)
        [
            c.Id, c.Number, c.ClientId, c.Name.FullName, centre.ToLocal(c.HeldAtUtc), Label.Of(c.Channel), c.Lawyer, c.DurationMinutes,
            string.Join(", ", c.Categories.Select(id => categories[id])), string.Join(", ", c.Actions.Each().Select(Label.Of)), c.Summary,
        ]).ToList();
        return await exports.WriteAsync(
            nameof(Consultation), "consultations", request.Format,
            CentreExports.Header("Export.ConsultationId", "Report.Field.Number", "Export.ClientId", "Report.Field.Name", "Report.Field.DateTime", "Report.Field.Channel",
                "Report.Field.Lawyer", "Export.DurationMinutes", "Report.Field.Problems", "Report.Field.Actions", "Export.ConsultationSummary"),
            rows,
            $"heldFrom={CentreExports.Value(request.From)}; heldTo={CentreExports.Value(request.To)}; channel={CentreExports.Value(request.Channel)}; lawyer={CentreExports.Value(request.LawyerId)}; category={CentreExports.Value(request.CategoryId)}",
            centre, cancellationToken);
    }
}
