using System.Net.Mime;
using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CompleteDeadline;
using LegalAid.Application.Cases.EditDeadline;
using LegalAid.Application.Cases.EditReferral;
using LegalAid.Application.Cases.GetCaseReport;
using LegalAid.Application.Cases.GetDocument;
using LegalAid.Application.Cases.RecordReferralResult;
using LegalAid.Application.Cases.ReopenDeadline;
using LegalAid.Application.Cases.ReferClient;
using LegalAid.Application.Cases.UploadDocument;
using LegalAid.Application.Cases.VoidDeadline;
using LegalAid.Application.Cases.VoidDocument;
using LegalAid.Application.Cases.VoidReferral;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Desk.GetDesk;
using LegalAid.Application.OpposingParties.FindOpposingParties;
using LegalAid.Web.Security;
using MediatR;

namespace LegalAid.Web.Api;

/// <summary>Deadlines, documents, referrals (added, corrected, voided) and the report of a case; the lawyer's desk; opposing parties.</summary>
internal static class CaseWorkApi
{
    private const long UploadLimitBytes = 11 * 1024 * 1024;

    public static void MapCaseWorkApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases/{caseId:int}").WithTags("Case work").RequireAuthorization(Policies.CaseWorkers);

        cases.MapPost("/deadlines", async (IMediator mediator, int caseId, AddDeadline command, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/cases/{caseId}", new Created(await mediator.Send(command with { CaseId = caseId }, ct))))
            .WithName("AddDeadline").AcceptsIdempotencyKey().ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/deadlines/{deadlineId:int}/done", async (IMediator mediator, int caseId, int deadlineId, CompleteDeadline command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { CaseId = caseId, DeadlineId = deadlineId }, ct)))
            .WithName("CompleteDeadline").WithDescription("Marks a deadline done; send the version you read. A deadline already done answers 409 with the reason.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPut("/deadlines/{deadlineId:int}", async (IMediator mediator, int caseId, int deadlineId, EditDeadline command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { CaseId = caseId, DeadlineId = deadlineId }, ct)))
            .WithName("EditDeadline").WithDescription("Corrects a deadline's type, day, time (dueAt, \"10:30:00\"), place and note; send the version you read.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/deadlines/{deadlineId:int}/void", async (IMediator mediator, int caseId, int deadlineId, VoidDeadline command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { CaseId = caseId, DeadlineId = deadlineId }, ct)))
            .WithName("VoidDeadline").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/deadlines/{deadlineId:int}/reopen", async (IMediator mediator, int caseId, int deadlineId, ReopenDeadline command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { CaseId = caseId, DeadlineId = deadlineId }, ct)))
            .WithName("ReopenDeadline").WithDescription("Undoes \"done\" on a deadline.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

#pragma warning disable RDG002 // left to the run-time factory on purpose: see BoundAtRunTime
        cases.MapPost("/documents", BoundAtRunTime.Handler(async (IMediator mediator, int caseId, IFormFile file, CancellationToken ct) =>
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                var documentId = await mediator.Send(new UploadDocument(caseId, file.FileName, buffer.ToArray()), ct);
                return TypedResults.Created($"/api/v1/cases/{caseId}/documents/{documentId}", new Created(documentId));
            }))
            .TakesAFileOfAtMost(UploadLimitBytes)
            .WithName("UploadDocument").AcceptsIdempotencyKey().ProducesProblem(StatusCodes.Status404NotFound);
#pragma warning restore RDG002

        cases.MapGet("/documents/{documentId:int}", async (IMediator mediator, int caseId, int documentId, CancellationToken ct) =>
            {
                var document = await mediator.Send(new GetDocument(caseId, documentId), ct);
                return TypedResults.File(document.Content, document.ContentType, document.FileName);
            })
            .WithName("DownloadDocument").ProducesFile(DocumentFormats.Pdf, DocumentFormats.Jpeg, DocumentFormats.Png, DocumentFormats.Docx)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/documents/{documentId:int}/void", async (IMediator mediator, int caseId, int documentId, VoidDocument command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { CaseId = caseId, DocumentId = documentId }, ct)))
            .WithName("VoidDocument").WithDescription("Voids a document with a reason: its file is deleted from storage; the record of it stays.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapGet("/report.pdf", (IMediator mediator, int caseId, string? language, CancellationToken ct) => mediator.SendForFileAsync(new GetCaseReport(caseId, language), ct))
            .WithName("GetCaseReport")
            .WithDescription("The case report as PDF (language=ru, ky or en; by default the client's preferred language, or Russian when reports are not written in it).")
            .ProducesFile(MediaTypeNames.Application.Pdf).ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/referrals", async (IMediator mediator, int caseId, ReferClient command, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/cases/{caseId}", new Created(await mediator.Send(command with { CaseId = caseId }, ct))))
            .WithName("ReferClient").AcceptsIdempotencyKey().ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/referrals/{referralId:int}/result", async (IMediator mediator, int caseId, int referralId, RecordReferralResult command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { CaseId = caseId, ReferralId = referralId }, ct)))
            .WithName("RecordReferralResult").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPut("/referrals/{referralId:int}", async (IMediator mediator, int caseId, int referralId, EditReferral command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { CaseId = caseId, ReferralId = referralId }, ct)))
            .WithName("EditReferral").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/referrals/{referralId:int}/void", async (IMediator mediator, int caseId, int referralId, VoidReferral command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { CaseId = caseId, ReferralId = referralId }, ct)))
            .WithName("VoidReferral").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/desk", (IMediator mediator, [AsParameters] GetDesk query, CancellationToken ct) => mediator.Send(query, ct))
            .WithTags("Case work").RequireAuthorization(Policies.CaseWorkers).WithName("GetDesk").Produces<DeskView>();

#pragma warning disable RDG002 // left to the run-time factory on purpose: see BoundAtRunTime
        api.MapGet("/opposing-parties", BoundAtRunTime.Handler((IMediator mediator, [AsParameters] FindOpposingParties query, CancellationToken ct) => mediator.Send(query, ct)))
            .WithTags("Case work").RequireAuthorization(Policies.OpposingParties).WithName("FindOpposingParties").Produces<PagedList<OpposingPartyItem>>();
#pragma warning restore RDG002
    }
}
