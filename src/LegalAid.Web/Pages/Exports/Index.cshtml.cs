using LegalAid.Application.Common.Models;
using LegalAid.Application.Exports.ExportCases;
using LegalAid.Application.Exports.ExportClients;
using LegalAid.Application.Exports.ExportConsultations;
using LegalAid.Application.Lookups.GetLookups;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Exports;

/// <summary>A coordinator downloads their centre's clients, cases or consultations, filtered, as CSV or XLSX.</summary>
public sealed class IndexModel(IMediator mediator) : FormPageModel(mediator)
{
    public Lookups Lookups { get; private set; } = new([], [], [], []);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnGetClientsAsync([FromQuery] ExportClients clients, CancellationToken cancellationToken) =>
        SubmitAsync(clients, Download, cancellationToken, prefix: string.Empty);

    public Task<IActionResult> OnGetCasesAsync([FromQuery] ExportCases cases, CancellationToken cancellationToken) =>
        SubmitAsync(cases, Download, cancellationToken, prefix: string.Empty);

    public Task<IActionResult> OnGetConsultationsAsync([FromQuery] ExportConsultations consultations, CancellationToken cancellationToken) =>
        SubmitAsync(consultations, Download, cancellationToken, prefix: string.Empty);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Lookups = await Mediator.Send(new GetLookups(), cancellationToken);

    private FileContentResult Download(ExportedFile file) => File(file.Content, file.ContentType, file.FileName);
}
