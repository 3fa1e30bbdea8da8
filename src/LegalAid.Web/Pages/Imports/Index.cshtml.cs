using LegalAid.Application.Common.Models;
using LegalAid.Application.Imports.GetImportTemplate;
using LegalAid.Application.Imports.ListImports;
using LegalAid.Application.Imports.UploadImport;
using LegalAid.Domain.Imports;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace LegalAid.Web.Pages.Imports;

/// <summary>A coordinator brings in a spreadsheet of their centre: the template, the upload, the centre's latest imports.</summary>
[RequestSizeLimit(UploadLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimitBytes)]
public sealed class IndexModel(IMediator mediator) : FormPageModel(mediator)
{
    /// <summary>The largest file an import takes, and room for the form around it.</summary>
    private const int UploadLimitBytes = DataImport.MaxFileBytes + 1024 * 1024;

    public IReadOnlyList<ImportListItem> Imports { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnGetTemplateAsync(ExportFormat format, string? language, CancellationToken cancellationToken) =>
        SubmitAsync(new GetImportTemplate(format, language), file => File(file.Content, file.ContentType, file.FileName), cancellationToken, prefix: string.Empty);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        byte[] content = [];
        if (file is { Length: > 0 and <= DataImport.MaxFileBytes })
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        return await SubmitAsync(new UploadImport(file?.FileName, content), id => RedirectToPage("/Imports/Details", new { id }), cancellationToken, prefix: string.Empty);
    }

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Imports = await Mediator.Send(new ListImports(), cancellationToken);
}
