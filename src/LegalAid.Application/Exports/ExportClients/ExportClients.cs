using FluentValidation;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Exports.Common;
using LegalAid.Application.Resources;
using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Exports.ExportClients;

/// <summary>
/// The clients the coordinator's centre holds (registered there or transferred to it), registered in the period, as CSV or
/// XLSX, with the day each withdrew consent if they did and the day their personal data was removed (anonymised or
/// erased: the row keeps what statistics count, its names and contacts empty); audited with its filters.
/// </summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed record ExportClients(ExportFormat Format, DateOnly? From = null, DateOnly? To = null) : IRequest<ExportedFile>, ICentreExportFilter;

public sealed class ExportClientsValidator : AbstractValidator<ExportClients>
{
    public ExportClientsValidator(TimeProvider clock) => Include(new CentreExportFilterValidator(clock));
}

public sealed class ExportClientsHandler(IApplicationDbContext db, CentreExports exports) : IRequestHandler<ExportClients, ExportedFile>
{
    public async Task<ExportedFile> Handle(ExportClients request, CancellationToken cancellationToken)
    {
        var centre = await exports.CentreAsync(cancellationToken);
        var clients = db.Clients.AsNoTracking().Where(c => c.CentreId == centre.Id);
        if (request.From is { } from)
        {
            var start = centre.MomentOf(from.ToDateTime(TimeOnly.MinValue)).Utc;
            clients = clients.Where(c => c.RegisteredAtUtc >= start);
        }

        if (request.To is { } to)
        {
            var end = centre.MomentOf(to.AddDays(1).ToDateTime(TimeOnly.MinValue)).Utc;
            clients = clients.Where(c => c.RegisteredAtUtc < end);
        }

        await CentreExports.RefuseTooManyAsync(clients, cancellationToken);
        var rows = (await clients.OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .Select(c => (IReadOnlyList<object?>)
            [
                c.Id, c.Name.FamilyName, c.Name.GivenName, c.Name.Patronymic, c.Name.LatinName, Label.Of(c.Sex), c.BirthDate, c.BirthYear,
                Label.Get($"Citizenship.{c.Citizenship}"), c.Phone, c.MessengerContact, c.RegionOfOrigin, Label.Get($"Language.{c.PreferredLanguage}"),
                c.Consent.GivenOn, string.Join(", ", c.Consent.Scope.Each().Select(Label.Of)), centre.LocalDate(c.RegisteredAtUtc), c.ConsentWithdrawnOn, c.AnonymisedOn,
            ])
            .ToList();
        return await exports.WriteAsync(
            nameof(Client), "clients", request.Format,
            CentreExports.Header("Export.ClientId", "Export.FamilyName", "Export.GivenName", "Export.Patronymic", "Report.Field.LatinName", "Report.Field.Sex",
                "Report.Field.DateOfBirth", "Report.Field.BirthYear", "Report.Field.Citizenship", "Report.Field.Phone", "Export.Messenger",
                "Export.Region", "Export.Language", "Export.ConsentGivenOn", "Export.ConsentScope", "Export.RegisteredOn", "Export.ConsentWithdrawnOn", "Export.AnonymisedOn"),
            rows, $"registeredFrom={CentreExports.Value(request.From)}; registeredTo={CentreExports.Value(request.To)}", centre, cancellationToken);
    }
}
