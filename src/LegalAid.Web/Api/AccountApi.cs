using LegalAid.Application.Account.EndOtherSessions;
using LegalAid.Application.Account.EndSession;
using LegalAid.Application.Account.ListSessions;
using LegalAid.Application.Common.Interfaces;
using MediatR;

namespace LegalAid.Web.Api;

/// <summary>The caller's own sign-in sessions: which browsers are signed in, and ending one of them or all the others.</summary>
internal static class AccountApi
{
    public static void MapAccountApi(this RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/account/sessions").WithTags("Account");

        sessions.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListSessions(), ct))
            .WithName("ListSessions").Produces<IReadOnlyList<SessionSummary>>();

        sessions.MapDelete("/{id:int}", async (IMediator mediator, int id, CancellationToken ct) =>
            {
                await mediator.Send(new EndSession(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("EndSession").ProducesProblem(StatusCodes.Status404NotFound);

        sessions.MapDelete("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(new EndedSessions(await mediator.Send(new EndOtherSessions(), ct))))
            .WithName("EndOtherSessions");
    }
}

/// <summary>How many sessions ended.</summary>
internal sealed record EndedSessions(int Ended);
