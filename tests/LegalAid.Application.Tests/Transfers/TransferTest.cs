using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Transfers.AcceptTransfer;
using LegalAid.Application.Transfers.ProposeTransfer;
using LegalAid.Application.Transfers.RequestTransfer;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Transfers;

/// <summary>A Moscow client with open and closed cases, and the steps of moving them to Kazan.</summary>
public abstract class TransferTest : ApplicationTest
{
    protected const int Moscow = TestApp.Moscow;
    protected const int Kazan = TestApp.Kazan;

    protected void ActAsCoordinatorOf(int centre) => App.ActAs(Roles.Coordinator, centre);

    /// <summary>As the Moscow lawyer: a client and <paramref name="open"/> open cases, each with one consultation, and <paramref name="closed"/> closed ones.</summary>
    protected async Task<(int ClientId, List<int> Open, List<int> Closed)> MoscowClientAsync(int open = 1, int closed = 0)
    {
        App.ActAsLawyerOf(Moscow);
        var clientId = await App.SendAsync(Requests.RegisterClient());
        var (openCases, closedCases) = (new List<int>(), new List<int>());
        for (var i = 0; i < open + closed; i++)
        {
            var caseId = (await App.SendAsync(Requests.OpenCase(clientId))).Id;
            await App.SendAsync(Requests.LogConsultation(caseId) with { FollowUpOn = null });
            if (i < open)
            {
                openCases.Add(caseId);
                continue;
            }

            var version = (await App.SendAsync(new GetCase(caseId))).Version;
            await App.SendAsync(new CloseCase { Id = caseId, Version = version, Outcome = CaseOutcome.AdviceOnly, ClosedOn = App.Today });
            closedCases.Add(caseId);
        }

        return (clientId, openCases, closedCases);
    }

    /// <summary>As Moscow's coordinator: offers the client with the cases to Kazan.</summary>
    protected async Task<int> ProposeToKazanAsync(int clientId, IReadOnlyList<int> caseIds)
    {
        ActAsCoordinatorOf(Moscow);
        return await App.SendAsync(new ProposeTransfer { ClientId = clientId, ToCentreId = Kazan, CaseIds = caseIds, Note = "Переехал в Казань на работу." });
    }

    /// <summary>As Kazan's coordinator: accepts, the cases going to Kazan's lawyer.</summary>
    protected async Task AcceptInKazanAsync(int transferId, int version)
    {
        ActAsCoordinatorOf(Kazan);
        await App.SendAsync(new AcceptTransfer { Id = transferId, Version = version, AssignedLawyerId = App.LawyerOf[Kazan] });
    }

    /// <summary>As Kazan's lawyer: asks Moscow for the person of <see cref="Requests.RegisterClient"/>.</summary>
    protected async Task<int> RequestFromMoscowAsync()
    {
        App.ActAsLawyerOf(Kazan);
        var person = Requests.RegisterClient();
        return await App.SendAsync(new RequestTransfer
        {
            CentreCode = "MOW",
            FamilyName = person.FamilyName,
            GivenName = person.GivenName,
            Patronymic = person.Patronymic,
            DateOfBirth = person.DateOfBirth,
            Phone = person.Phone,
            Note = "Клиент пришёл в казанский центр.",
        });
    }
}
