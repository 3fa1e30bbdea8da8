using LegalAid.Application.Lookups.GetLookups;
using MediatR;

namespace LegalAid.Web.Api;

internal static class LookupsApi
{
    public static void MapLookupsApi(this RouteGroupBuilder api) =>
        api.MapGet("/lookups", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetLookups(), ct))
            .WithTags("Lookups").WithName("GetLookups").Produces<Lookups>();
}
