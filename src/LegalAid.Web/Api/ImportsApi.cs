using System.Net.Mime;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Imports.CheckImport;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Imports.ConfirmImportMappings;
using LegalAid.Application.Imports.DiscardImport;
using LegalAid.Application.Imports.GetImport;
using LegalAid.Application.Imports.GetImportProgress;
using LegalAid.Application.Imports.GetImportRejects;
using LegalAid.Application.Imports.GetImportTemplate;
using LegalAid.Application.Imports.ListImports;
using LegalAid.Application.Imports.RunImport;
using LegalAid.Application.Imports.UploadImport;
using LegalAid.Domain.Imports;
using LegalAid.Web.Security;
using MediatR;

namespace LegalAid.Web.Api;

/// <summary>A coordinator's imports of their centre's spreadsheets, step by step as on the import page (see docs/import.md).</summary>
internal static class ImportsApi
{
    /// <summary>The largest file an import takes, and room for the form around it.</summary>
    private const int UploadLimitBytes = DataImport.MaxFileBytes + 1024 * 1024;

    public static void MapImportsApi(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").WithTags("Imports").RequireAuthorization(Policies.CentreData);

        imports.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListImports(), ct))
            .WithName("ListImports").WithDescription("The centre's latest imports, newest first.")
            .Produces<IReadOnlyList<ImportListItem>>();

#pragma warning disable RDG002 // left to the run-time factory on purpose: see BoundAtRunTime
        imports.MapGet("/template", BoundAtRunTime.Handler((IMediator mediator, [AsParameters] GetImportTemplate query, CancellationToken ct) => mediator.SendForFileAsync(query, ct)))
            .WithName("GetImportTemplate").WithDescription("The template (format=Csv or Xlsx; language=ru or en for the headers).")
            .ProducesFile(MediaTypeNames.Text.Csv, ExportFiles.Xlsx);
#pragma warning restore RDG002

#pragma warning disable RDG002 // left to the run-time factory on purpose: see BoundAtRunTime
        imports.MapPost("/", BoundAtRunTime.Handler(async (IMediator mediator, IFormFile file, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                var id = await mediator.Send(new UploadImport(file.FileName, buffer.ToArray()), ct);
                return TypedResults.Created($"/api/v1/imports/{id}", new Created(id));
            }))
            .TakesAFileOfAtMost(UploadLimitBytes)
            .WithName("UploadImport").AcceptsIdempotencyKey().WithDescription("Uploads a spreadsheet (multipart field \"file\": CSV or XLSX); nothing is imported yet.");
#pragma warning restore RDG002

        imports.MapGet("/{id:int}", (IMediator mediator, [AsParameters] GetImport query, CancellationToken ct) => mediator.Send(query, ct))
            .WithName("GetImport").WithDescription("The import, its report and each row's plan (onlyRejected=true for the rejected rows), paged.")
            .Produces<ImportView>().ProducesProblem(StatusCodes.Status404NotFound);

        imports.MapGet("/{id:int}/progress", (IMediator mediator, int id, CancellationToken ct) => mediator.Send(new GetImportProgress(id), ct))
            .WithName("GetImportProgress").WithDescription("Rows done while the server that runs the check or the import works on it.")
            .Produces<ImportProgressView>().ProducesProblem(StatusCodes.Status404NotFound);

        imports.MapPost("/{id:int}/check", (IMediator mediator, int id, CancellationToken ct) => mediator.Send(new CheckImport(id), ct))
            .WithName("CheckImport").WithDescription("The dry run: every problem by row and column, and the values to map. Creates nothing.")
            .Produces<ImportReport>().ProducesProblem(StatusCodes.Status404NotFound);

        imports.MapPost("/{id:int}/mappings", (IMediator mediator, int id, ConfirmImportMappings command, CancellationToken ct) =>
                mediator.Send(command with { Id = id }, ct))
            .WithName("ConfirmImportMappings").WithDescription("Says once what the centre's own words mean (kept for later files) and checks the file again.")
            .Produces<ImportReport>().ProducesProblem(StatusCodes.Status404NotFound);

        imports.MapPost("/{id:int}/run", (IMediator mediator, int id, RunImport command, CancellationToken ct) =>
                mediator.Send(command with { Id = id }, ct))
            .WithName("RunImport").WithDescription("Imports a checked file in one transaction; with skipRejected=true, all but the rejected rows.")
            .Produces<ImportReport>().ProducesProblem(StatusCodes.Status404NotFound);

        imports.MapGet("/{id:int}/rejects", (IMediator mediator, int id, CancellationToken ct) => mediator.SendForFileAsync(new GetImportRejects(id), ct))
            .WithName("GetImportRejects").WithDescription("The rejected rows as the file had them, with a last column saying what is wrong.")
            .ProducesFile(MediaTypeNames.Text.Csv, ExportFiles.Xlsx).ProducesProblem(StatusCodes.Status404NotFound);

        imports.MapDelete("/{id:int}", async (IMediator mediator, int id, CancellationToken ct) =>
            {
                await mediator.Send(new DiscardImport(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DiscardImport").WithDescription("Deletes the uploaded file and its rejected rows; the report stays.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
