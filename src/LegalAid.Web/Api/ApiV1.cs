namespace LegalAid.Web.Api;

internal static class ApiV1
{
    public static IEndpointRouteBuilder MapApiV1(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithGroupName("v1").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapClientsApi();
        api.MapCasesApi();
        api.MapLookupsApi();
        return endpoints;
    }
}
