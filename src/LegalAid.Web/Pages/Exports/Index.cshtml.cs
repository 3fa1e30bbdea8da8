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
        KeyReadingErrorsToTheForm(form.Set);
        return SubmitAsync(export, file => File(file.Content, file.ContentType, file.FileName), cancellationToken, prefix: form.Set);
    }

    /// <summary>
    /// The filters are read from the plain query («categoryId=abc»), so a value that cannot be read is kept under its bare
    /// name; it belongs to the form sent, as the validators' errors do («Cases.CategoryId»), to be linked to its field.
    /// </summary>
    private void KeyReadingErrorsToTheForm(string set)
    {
        foreach (var (key, entry) in ModelState.Where(e => e.Key.Length > 0 && e.Value is { Errors.Count: > 0 }).ToList())
        {
            foreach (var error in entry!.Errors)
            {
                ModelState.AddModelError($"{set}.{key}", error.ErrorMessage);
            }

            ModelState.Remove(key);
        }
    }
}
