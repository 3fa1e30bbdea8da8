using System.Net;
using LegalAid.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Web.Tests.Pages;

public sealed class AccountRoleTests : WebTest
{
    [Fact]
    public async Task ALawyerCanBecomeACoordinator_ButNotProgrammeWide_AndTheRefusalSaysWhy()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var lawyer = await UserIdAsync(LegalAidFactory.LawyerKzn);
        var page = await HtmlPage.GetAsync(admin, "/Admin/Accounts");
        var form = $"form[action*='handler=Role'][action*='{lawyer}']";
        Assert.Equal(["Lawyer", "Coordinator"], page.QuerySelectorAll($"{form} option").Select(o => o.GetAttribute("value")));

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(admin, page, new Dictionary<string, string> { ["role"] = Roles.Donor }, form));

        Assert.Contains("Создайте для этого отдельную учётную запись", refused.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Roles.Lawyer, await RoleOfAsync(lawyer));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/v1/cases")).StatusCode);
    }

    [Fact]
    public async Task AChangedRole_IsConfirmedOnThePage()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var lawyer = await UserIdAsync(LegalAidFactory.LawyerKzn);
        var page = await HtmlPage.GetAsync(admin, "/Admin/Accounts");

        using var answer = await HtmlPage.SubmitAsync(admin, page, new Dictionary<string, string> { ["role"] = Roles.Coordinator }, $"form[action*='handler=Role'][action*='{lawyer}']");
        var changed = await HtmlPage.ParseAsync(answer);

        Assert.Equal(
            $"Роль {LegalAidFactory.LawyerKzn} изменена: теперь «Координатор». Сеансы этой учётной записи завершены: новая роль действует со следующего входа.",
            changed.QuerySelector("#role-changed")!.TextContent.Trim());
        Assert.Equal(HttpMethod.Get, answer.RequestMessage!.Method);
        Assert.Null((await HtmlPage.GetAsync(admin, "/Admin/Accounts")).QuerySelector("#role-changed"));
        Assert.Equal(Roles.Coordinator, await RoleOfAsync(lawyer));
        var audited = Assert.Single((await HtmlPage.GetAsync(admin, "/Audit?action=RoleChanged")).QuerySelectorAll("#audit-entries tbody tr"));
        Assert.Contains($"{LegalAidFactory.LawyerKzn}: Юрист → Координатор", audited.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgrammeWideRolesCanBeSwapped_ButNotAnAdministratorsOwn()
    {
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var self = await UserIdAsync(LegalAidFactory.Admin);
        var page = await HtmlPage.GetAsync(admin, "/Admin/Accounts");
        Assert.Null(page.QuerySelector($"form[action*='handler=Role'][action*='{self}']"));

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(
            admin, page, new Dictionary<string, string> { ["role"] = Roles.Donor }, $"form[action*='handler=Role'][action*='{await UserIdAsync(LegalAidFactory.Programme)}']"));
        Assert.Equal(Roles.Donor, await RoleOfAsync(await UserIdAsync(LegalAidFactory.Programme)));

        var own = await admin.PostAsync($"/Admin/Accounts?handler=Role&userId={self}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["role"] = Roles.Donor,
            ["__RequestVerificationToken"] = refused.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
        }));

        Assert.Contains("Свою роль может изменить только другой администратор.", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(Roles.Administrator, await RoleOfAsync(self));
    }

    private Task<string> UserIdAsync(string email) =>
        Factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<string?> RoleOfAsync(string userId) =>
        Factory.InDatabaseAsync(db => db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name).SingleAsync());
}
