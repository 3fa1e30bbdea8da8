using System.Globalization;
using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.ListCases;
using LegalAid.Application.Cases.ReassignCases;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Common.Validation;
using LegalAid.Application.Desk.GetDesk;
using LegalAid.Application.Resources;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Cases;

public sealed class ReassignCasesTests : ApplicationTest
{
    [Fact]
    public async Task TheCoordinator_HandsEveryOpenCaseOfALawyerToAnother_AndTheirDesksAndListsFollow()
    {
        var client = await App.SendAsync(Requests.RegisterClient());
        var (first, second, closed) = (await OpenCaseForAsync(client), await OpenCaseForAsync(client), await OpenCaseForAsync(client));
        await App.SendAsync(new CloseCase { Id = closed, Version = 0, Outcome = CaseOutcome.AdviceOnly, ClosedOn = App.Today });
        var former = App.LawyerOf[TestApp.Moscow];
        var successor = await AddLawyerAsync("Айгүл Төлөнова", TestApp.Moscow, active: true);
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var moved = await App.SendAsync(new ReassignCases { FromLawyerId = former, ToLawyerId = successor });

        var cases = await App.InDatabaseAsync(db => db.Cases.OrderBy(c => c.Id).Select(c => new { c.AssignedLawyerId, c.Version }).ToListAsync());
        Assert.Equal(2, moved);
        Assert.Equal([(successor, 1), (successor, 1), (former, 1)], cases.Select(c => (c.AssignedLawyerId, c.Version)));
        Assert.Equal(2, (await App.SendAsync(new ListCases(LawyerId: successor))).TotalCount);
        Assert.Equal(2, await App.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(Case) && e.Action == AuditAction.Updated && (e.EntityId == $"{first}" || e.EntityId == $"{second}"))));
        App.CurrentUser.StaffMemberId = successor;
        Assert.Equal(2, (await App.SendAsync(new GetDesk())).Counts.OpenCases);
        App.ActAsLawyerOf(TestApp.Moscow);
        Assert.Equal(0, (await App.SendAsync(new GetDesk())).Counts.OpenCases);
        Assert.Equal(successor, (await App.SendAsync(new GetCase(first))).AssignedLawyerId);
    }

    [Fact]
    public async Task TheSuccessor_MustBeAnotherActiveLawyerOfTheCoordinatorsCentre_AndNothingMovesOtherwise()
    {
        await OpenCaseAsync();
        var former = App.LawyerOf[TestApp.Moscow];
        var inactive = await AddLawyerAsync("Бывший юрист", TestApp.Moscow, active: false);
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var refusals = new List<string>();
        foreach (var request in new[]
        {
            new ReassignCases { FromLawyerId = former, ToLawyerId = former },
            new ReassignCases { FromLawyerId = former, ToLawyerId = inactive },
            new ReassignCases { FromLawyerId = former, ToLawyerId = App.LawyerOf[TestApp.Kazan] },
            new ReassignCases { FromLawyerId = App.LawyerOf[TestApp.Kazan], ToLawyerId = former },
            new ReassignCases { FromLawyerId = former },
        })
        {
            var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(request));
            refusals.Add(string.Join(" ", refused.Errors.SelectMany(e => e.Value)));
        }

        Assert.Equal([Messages.ReassignToSameLawyer, Messages.UnknownLawyer, Messages.UnknownLawyer, Messages.UnknownLawyer, string.Format(CultureInfo.CurrentCulture, Messages.RequiredField, FieldLabel.Of(nameof(ReassignCases.ToLawyerId)))], refusals);
        Assert.Equal([former], await App.InDatabaseAsync(db => db.Cases.Select(c => c.AssignedLawyerId).ToListAsync()));
    }

    [Fact]
    public async Task ALawyer_MayNotHandOverCases() =>
        await Assert.ThrowsAsync<ForbiddenAccessException>(() =>
            App.SendAsync(new ReassignCases { FromLawyerId = App.LawyerOf[TestApp.Moscow], ToLawyerId = App.LawyerOf[TestApp.Moscow] }));

    private async Task<int> OpenCaseForAsync(int clientId) => (await App.SendAsync(Requests.OpenCase(clientId))).Id;

    private Task<int> AddLawyerAsync(string name, int centre, bool active) => App.InDatabaseAsync(async db =>
    {
        var lawyer = new StaffMember(name, centre);
        lawyer.SetActive(active);
        db.StaffMembers.Add(lawyer);
        await db.SaveChangesAsync();
        return lawyer.Id;
    });
}
