using System.Net.Mime;
using LegalAid.Application.Clients.FindClients;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.RegisterClient;
using LegalAid.Application.Clients.UpdateClient;
using LegalAid.Application.Clients.WithdrawConsent;
using LegalAid.Application.Common.Models;
using LegalAid.Web.Errors;
using LegalAid.Web.Security;
using MediatR;

namespace LegalAid.Web.Api;

internal static class ClientsApi
{
    public static void MapClientsApi(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("Clients").RequireAuthorization(Policies.CaseWorkers);

#pragma warning disable RDG002 // left to the run-time factory on purpose: see BoundAtRunTime
        clients.MapGet("/", BoundAtRunTime.Handler((IMediator mediator, [AsParameters] FindClients query, CancellationToken ct) => mediator.Send(query, ct)))
            .WithName("FindClients").Produces<ClientSearchResult>();
#pragma warning restore RDG002

        clients.MapGet("/{id:int}", (IMediator mediator, int id, CancellationToken ct) => mediator.Send(new GetClient(id), ct))
            .WithName("GetClient").Produces<ClientDto>().ProducesProblem(StatusCodes.Status404NotFound);

        clients.MapPost("/", async (IMediator mediator, RegisterClient command, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/clients/{id}", new Created(id));
            })
            .WithName("RegisterClient").AcceptsIdempotencyKey().Produces<PossibleDuplicateProblem>(StatusCodes.Status409Conflict, MediaTypeNames.Application.ProblemJson);

        clients.MapPut("/{id:int}", async (IMediator mediator, int id, UpdateClient command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { Id = id }, ct)))
            .WithName("UpdateClient").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        clients.MapPost("/{id:int}/consent/withdraw", async (IMediator mediator, int id, WithdrawConsent command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { Id = id }, ct)))
            .WithName("WithdrawConsent")
            .WithSummary("Record that the client withdrew their consent; the next anonymisation removes their personal data")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
