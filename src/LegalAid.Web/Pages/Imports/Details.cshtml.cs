using LegalAid.Application.Imports.CheckImport;
using LegalAid.Application.Imports.ConfirmImportMappings;
using LegalAid.Application.Imports.DiscardImport;
using LegalAid.Application.Imports.GetImport;
using LegalAid.Application.Imports.GetImportProgress;
using LegalAid.Application.Imports.GetImportRejects;
using LegalAid.Application.Imports.RunImport;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Imports;

/// <summary>
/// One import: the dry run's report row by row, the centre's own words to map, then the import itself (all rows, or
/// all but the rejected ones, which stay downloadable); a progress bar while a check or the import runs.
/// </summary>
public sealed class DetailsModel(IMediator mediator) : FormPageModel(mediator)
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool OnlyRejected { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>What the coordinator chose for each value to map; a value left unchosen waits for the next time.</summary>
    [BindProperty]
    public List<MappingConfirmation> Mappings { get; set; } = [];

    public ImportView? Import { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        QueryAsync(new GetImport(Id, OnlyRejected, PageNumber), import => Import = import, cancellationToken);

    /// <summary>For the progress bar: the phase and rows done while this server checks or imports the file.</summary>
    public Task<IActionResult> OnGetProgressAsync(CancellationToken cancellationToken) =>
        SendAsync(new GetImportProgress(Id), progress => new JsonResult(new { progress.Running, Phase = progress.Phase?.ToString(), progress.Done, progress.Total, progress.Percent }), cancellationToken);

    public Task<IActionResult> OnGetRejectsAsync(CancellationToken cancellationToken) =>
        SendAsync(new GetImportRejects(Id), file => File(file.Content, file.ContentType, file.FileName), cancellationToken);

    public Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken) =>
        SubmitAsync(new CheckImport(Id), _ => Reload(), cancellationToken, prefix: string.Empty);

    public Task<IActionResult> OnPostMappingsAsync(CancellationToken cancellationToken) =>
        SubmitAsync(new ConfirmImportMappings(Id, [.. Mappings.Where(m => m.TargetId != 0)]), _ => Reload(), cancellationToken, prefix: string.Empty);

    public Task<IActionResult> OnPostRunAsync(bool skipRejected, CancellationToken cancellationToken) =>
        SubmitAsync(new RunImport(Id, skipRejected), _ => Reload(), cancellationToken, prefix: string.Empty);

    public Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken) =>
        SubmitAsync(new DiscardImport(Id), _ => RedirectToPage("/Imports/Index"), cancellationToken, prefix: string.Empty);

    /// <summary>After a refused form, the report's first page under the errors.</summary>
    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Import ??= await Mediator.Send(new GetImport(Id), cancellationToken);

    private RedirectToPageResult Reload() => RedirectToPage("/Imports/Details", new { id = Id });
}
