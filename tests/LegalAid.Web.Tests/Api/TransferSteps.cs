using System.Net.Http.Json;

namespace LegalAid.Web.Tests.Api;

/// <summary>The steps of a transfer from Moscow to Kazan over the API, for tests that need a client moved.</summary>
internal static class TransferSteps
{
    /// <summary>Moscow's coordinator proposes to hand the client and the cases named to Kazan; returns the transfer's id.</summary>
    public static async Task<int> ProposeToKazanAsync(this HttpClient moscowCoordinator, int clientId, params int[] caseIds) =>
        await (await moscowCoordinator.PostAsJsonAsync("/api/v1/transfers", new { clientId, toCentreId = LegalAidFactory.Kazan, caseIds })).CreatedIdAsync();

    /// <summary>Kazan's coordinator accepts the transfer, assigning its cases to a Kazan lawyer.</summary>
    public static async Task<HttpResponseMessage> AcceptInKazanAsync(this LegalAidFactory factory, HttpClient kazanCoordinator, int transferId, int version)
    {
        var lawyerId = await factory.InDatabaseAsync(db => Task.FromResult(db.StaffMembers.Where(s => s.CentreId == LegalAidFactory.Kazan).Select(s => s.Id).First()));
        return await kazanCoordinator.PostAsJsonAsync($"/api/v1/transfers/{transferId}/accept", new { version, assignedLawyerId = lawyerId });
    }
}
