using LegalAid.Application.Transfers.AcceptTransfer;
using LegalAid.Application.Transfers.CancelTransfer;
using LegalAid.Application.Transfers.DeclineTransfer;
using LegalAid.Application.Transfers.GetTransfer;
using LegalAid.Application.Transfers.ListTransfers;
using LegalAid.Application.Transfers.ProposeTransfer;
using LegalAid.Application.Transfers.RequestTransfer;
using LegalAid.Web.Security;
using MediatR;

namespace LegalAid.Web.Api;

/// <summary>Moving clients between centres: request, propose, accept, decline, cancel, and the lists.</summary>
internal static class TransfersApi
{
    public static void MapTransfersApi(this RouteGroupBuilder api)
    {
        var transfers = api.MapGroup("/transfers").WithTags("Transfers").RequireAuthorization(Policies.CaseWorkers);

        transfers.MapGet("/", (IMediator mediator, [AsParameters] ListTransfers query, CancellationToken ct) => mediator.Send(query, ct))
            .WithName("ListTransfers").Produces<TransferList>();

        transfers.MapGet("/{id:int}", (IMediator mediator, int id, CancellationToken ct) => mediator.Send(new GetTransfer(id), ct))
            .WithName("GetTransfer").Produces<TransferDto>().ProducesProblem(StatusCodes.Status404NotFound);

        transfers.MapPost("/requests", async (IMediator mediator, RequestTransfer command, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/transfers/{id}", new Created(id));
            })
            .WithName("RequestTransfer").AcceptsIdempotencyKey()
            .WithDescription("Ask the centre the duplicate warning named to send the person described; nothing about its client is returned.");

        transfers.MapPost("/", async (IMediator mediator, ProposeTransfer command, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/v1/transfers/{id}", new Created(id));
            })
            .WithName("ProposeTransfer").AcceptsIdempotencyKey()
            .WithDescription("Offer a client of your centre, with the open cases chosen, to another centre (toCentreId) or in answer to a request (transferId and version).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        transfers.MapPost("/{id:int}/accept", async (IMediator mediator, int id, AcceptTransfer command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { Id = id }, ct)))
            .WithName("AcceptTransfer").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        transfers.MapPost("/{id:int}/decline", async (IMediator mediator, int id, DeclineTransfer command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { Id = id }, ct)))
            .WithName("DeclineTransfer").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        transfers.MapPost("/{id:int}/cancel", async (IMediator mediator, int id, CancelTransfer command, CancellationToken ct) =>
                new Saved(await mediator.Send(command with { Id = id }, ct)))
            .WithName("CancelTransfer").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
