using LegalAid.Application.Cases.CaseFile;
using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.ListCases;
using LegalAid.Application.Cases.OpenCase;
using LegalAid.Application.Cases.ReassignCases;
using LegalAid.Application.Cases.ReopenCase;
using LegalAid.Application.Cases.UpdateCase;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Consultations.EditConsultation;
using LegalAid.Application.Consultations.LogConsultation;
using LegalAid.Application.Consultations.VoidConsultation;
using LegalAid.Web.Security;
using MediatR;

namespace LegalAid.Web.Api;

internal static class CasesApi
{
    public static void MapCasesApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(Policies.CaseWorkers);

        cases.MapGet("/", (IMediator mediator, [AsParameters] ListCases query, CancellationToken ct) => mediator.Send(query, ct))
            .WithName("ListCases").Produces<PagedList<CaseListItem>>();

        cases.MapGet("/{id:int}", (IMediator mediator, int id, bool? includeVoided, CancellationToken ct) => mediator.Send(new GetCase(id, includeVoided ?? false), ct))
            .WithName("GetCase").WithDescription("The case file; includeVoided=true adds its voided consultations, deadlines, documents and referrals.")
            .Produces<CaseDto>().ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/", async (IMediator mediator, OpenCase command, CancellationToken ct) =>
            {
                var opened = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/cases/{opened.Id}", opened);
            })
            .WithName("OpenCase").AcceptsIdempotencyKey();

        cases.MapPut("/{id:int}", async (IMediator mediator, int id, UpdateCase command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { Id = id }, ct)))
            .WithName("UpdateCase").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/{id:int}/close", async (IMediator mediator, int id, CloseCase command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { Id = id }, ct)))
            .WithName("CloseCase")
            .WithDescription("Closes the case with its outcome. A court hearing still ahead makes it answer 400 (an error for confirmUpcomingHearing) unless confirmUpcomingHearing is true.").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/{id:int}/reopen", async (IMediator mediator, int id, ReopenCase command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { Id = id }, ct)))
            .WithName("ReopenCase").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/reassign", async (IMediator mediator, ReassignCases command, CancellationToken ct) =>
                new Reassigned(await mediator.Send(command, ct)))
            .WithName("ReassignCases").RequireAuthorization(Policies.CentreData)
            .WithDescription("A coordinator hands every open case of fromLawyerId, any lawyer of their centre, to toLawyerId, an active one; each case's version moves. Answers how many cases moved.");

        cases.MapGet("/{caseId:int}/consultations", async (IMediator mediator, int caseId, bool? includeVoided, CancellationToken ct) =>
                (await mediator.Send(new GetCase(caseId, includeVoided ?? false), ct)).Consultations)
            .WithName("ListConsultations").Produces<IReadOnlyList<ConsultationItem>>().ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/{caseId:int}/consultations", async (IMediator mediator, int caseId, LogConsultation command, CancellationToken ct) =>
            {
                var consultationId = await mediator.Send(command with { CaseId = caseId }, ct);
                return TypedResults.Created($"/api/v1/cases/{caseId}/consultations", new Created(consultationId));
            })
            .WithName("LogConsultation").AcceptsIdempotencyKey().ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPut("/{caseId:int}/consultations/{consultationId:int}", async (IMediator mediator, int caseId, int consultationId, EditConsultation command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { CaseId = caseId, ConsultationId = consultationId }, ct)))
            .WithName("EditConsultation").WithDescription("Its author or the centre's coordinator corrects a consultation; send the version you read.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/{caseId:int}/consultations/{consultationId:int}/void", async (IMediator mediator, int caseId, int consultationId, VoidConsultation command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { CaseId = caseId, ConsultationId = consultationId }, ct)))
            .WithName("VoidConsultation").WithDescription("Its author or the centre's coordinator voids a consultation with a reason; it stops counting anywhere.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
