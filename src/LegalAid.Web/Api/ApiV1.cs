namespace LegalAid.Web.Api;

internal static class ApiV1
{
    public static IEndpointRouteBuilder MapApiV1(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithGroupName("v1")
            .RequireAuthorization()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .RefuseBodiesNamingOtherRecords()
            .RefuseChoicesNotByName();
        api.MapClientsApi();
        api.MapCasesApi();
        api.MapCaseWorkApi();
        api.MapLookupsApi();
        api.MapStatisticsApi();
        api.MapReportsApi();
        api.MapAccountApi();
        api.MapTransfersApi();
        api.MapCalendarApi();
        api.MapExportsApi();
        api.MapImportsApi();
        return endpoints;
    }
}
