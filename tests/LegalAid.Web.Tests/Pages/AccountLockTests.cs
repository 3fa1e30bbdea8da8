using LegalAid.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Pages;

/// <summary>A lawyer who leaves: the administrator locks the account, and the coordinator finds and reassigns their cases.</summary>
public sealed class AccountLockTests : WebTest
{
    private const string Inactive = "Тест Lawyer 1 (доступ закрыт)";

    [Fact]
    public async Task ALockedLawyersCases_StayTheirsAndShowIt_UntilTheCoordinatorReassignsThem()
    {
        var caseId = await Client.OpenCaseAsync(await Client.RegisterClientAsync());
        var lawyer = await Factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == LegalAidFactory.LawyerMow).Select(u => u.Id).SingleAsync());
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var accounts = await HtmlPage.GetAsync(admin, "/Admin/Accounts");

        var locked = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(admin, accounts, new Dictionary<string, string>(), $"form[action*='handler=Lock'][action*='{lawyer}']"));

        var notice = locked.QuerySelector(".alert-success")!.TextContent;
        Assert.Contains($"Учётная запись {LegalAidFactory.LawyerMow} заблокирована", notice, StringComparison.Ordinal);
        Assert.Contains("Открытых дел, назначенных этому сотруднику: 1", notice, StringComparison.Ordinal);
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        var edit = await HtmlPage.GetAsync(coordinator, $"/Cases/{caseId}/edit");
        Assert.Equal(Inactive, edit.QuerySelector("select[name='Input.AssignedLawyerId'] option[selected]")!.TextContent);
        Assert.Contains(Inactive, (await HtmlPage.GetAsync(coordinator, $"/Cases/{caseId}")).QuerySelector("dl.record")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Inactive, (await HtmlPage.GetAsync(coordinator, "/Cases")).QuerySelectorAll("#lawyerId option").Select(o => o.TextContent));
        var offered = (await HtmlPage.GetAsync(coordinator, $"/Cases/{caseId}/consultations/new")).QuerySelectorAll("select[name='Input.LawyerId'] option").Select(o => o.TextContent);
        Assert.DoesNotContain(offered, o => o.StartsWith("Тест Lawyer 1", StringComparison.Ordinal));

        var coordinatorsStaffId = edit.QuerySelectorAll("select[name='Input.AssignedLawyerId'] option").Single(o => o.TextContent == "Тест Coordinator 1").GetAttribute("value")!;
        await HtmlPage.SubmitAsync(coordinator, edit, new Dictionary<string, string> { ["Input.AssignedLawyerId"] = coordinatorsStaffId });

        Assert.Equal(int.Parse(coordinatorsStaffId, System.Globalization.CultureInfo.InvariantCulture),
            await Factory.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.AssignedLawyerId).SingleAsync()));
    }
}
