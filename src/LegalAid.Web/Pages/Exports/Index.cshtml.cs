using LegalAid.Application.Common.Models;
using LegalAid.Application.Exports.ExportCases;
using LegalAid.Application.Exports.ExportClients;
using LegalAid.Application.Exports.ExportConsultations;
using LegalAid.Application.Lookups.GetLookups;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Exports;

/// <summary>
/// A coordinator downloads their centre's clients, cases or consultations, filtered, as CSV or XLSX. A refused export
/// shows its own form again as it was filled in, with the errors above it and beside its fields.
/// </summary>
public sealed class IndexModel(IMediator mediator) : FormPageModel(mediator)
{
    public Lookups Lookups { get; private set; } = new([], [], [], []);

    /// <summary>The form sent, when its export was refused.</summary>
    public ExportForm? Sent { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnGetClientsAsync([FromQuery] ExportClients clients, CancellationToken cancellationToken) =>
        ExportAsync(clients, ExportForm.Of(clients), cancellationToken);

    public Task<IActionResult> OnGetCasesAsync([FromQuery] ExportCases cases, CancellationToken cancellationToken) =>
        ExportAsync(cases, ExportForm.Of(cases), cancellationToken);

    public Task<IActionResult> OnGetConsultationsAsync([FromQuery] ExportConsultations consultations, CancellationToken cancellationToken) =>
        ExportAsync(consultations, ExportForm.Of(consultations), cancellationToken);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Lookups = await Mediator.Send(new GetLookups(), cancellationToken);

    private Task<IActionResult> ExportAsync(IRequest<ExportedFile> export, ExportForm form, CancellationToken cancellationToken)
    {
        Sent = form;
        return SubmitAsync(export, file => File(file.Content, file.ContentType, file.FileName), cancellationToken, prefix: form.Set);
    }
}
