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

        var locked = await LockAsync(LegalAidFactory.LawyerMow);

        var notice = locked.QuerySelector(".alert-success")!.TextContent;
        Assert.Contains($"Учётная запись {LegalAidFactory.LawyerMow} заблокирована", notice, StringComparison.Ordinal);
        Assert.Contains("Открытых дел, назначенных этому сотруднику: 1;", notice, StringComparison.Ordinal);
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

    [Fact]
    public async Task TheCoordinator_HandsEveryOpenCaseOfTheLockedLawyerToAnother_FromTheCaseList()
    {
        var client = await Client.RegisterClientAsync();
        var cases = new[] { await Client.OpenCaseAsync(client), await Client.OpenCaseAsync(client) };
        var lawyer = Factory.LawyerOf[LegalAidFactory.Moscow];
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);
        var list = await HtmlPage.GetAsync(coordinator, $"/Cases?lawyerId={lawyer}");
        var form = await HtmlPage.GetAsync(coordinator, list.QuerySelector("main a[href*='/Cases/reassign']")!.GetAttribute("href")!);
        var successor = form.QuerySelectorAll("select[name='Input.ToLawyerId'] option").Single(o => o.TextContent == "Тест Coordinator 1").GetAttribute("value")!;

        var refused = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(coordinator, form, new Dictionary<string, string>()));
        using var handedOver = await HtmlPage.SubmitAsync(coordinator, form, new Dictionary<string, string> { ["Input.ToLawyerId"] = successor });
        var done = await HtmlPage.ParseAsync(handedOver);

        Assert.Contains("Все открытые дела юриста — Тест Lawyer 1 — перейдут к выбранному юристу.", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(form.QuerySelectorAll("select[name='Input.ToLawyerId'] option"), o => o.TextContent == "Тест Lawyer 1");
        Assert.Contains("Заполните поле «Кому передать».", refused.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Передано открытых дел: 2.", done.QuerySelector("#done")!.FirstChild!.TextContent.Trim());
        Assert.Equal($"/Cases?lawyerId={successor}&status=Open", handedOver.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal(2, done.QuerySelectorAll("main table tbody tr").Length);
        Assert.All(await Factory.InDatabaseAsync(db => db.Cases.Where(c => cases.Contains(c.Id)).Select(c => c.AssignedLawyerId).ToListAsync()),
            assigned => Assert.Equal(successor, assigned.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var lawyersTry = await Client.GetAsync($"/Cases/reassign?from={lawyer}");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, lawyersTry.StatusCode);
        Assert.Equal("Это доступно ролям: Координатор. Ваша роль: Юрист.", (await HtmlPage.ParseAsync(lawyersTry)).QuerySelector("#needed-roles")!.TextContent.Trim());
        Assert.Contains("Открытых дел, назначенных этому сотруднику, нет.", (await LockAsync(LegalAidFactory.LawyerMow)).QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResetPassword_IsConfirmedFirst_ThenShownOnceOnThePageThatFollows_AndAReloadDoesNotResetItAgain()
    {
        var account = await Factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == LegalAidFactory.LawyerKzn).Select(u => u.Id).SingleAsync());
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var accounts = await HtmlPage.GetAsync(admin, "/Admin/Accounts");
        Assert.Null(accounts.QuerySelector("form[action*='handler=Reset']"));

        var confirm = await HtmlPage.GetAsync(admin, accounts.QuerySelector($"a[href*='confirmReset={account}']")!.GetAttribute("href")!);
        Assert.Contains($"Сбросить пароль {LegalAidFactory.LawyerKzn}?", confirm.QuerySelector("#confirm-reset")!.TextContent, StringComparison.Ordinal);
        using var reset = await HtmlPage.SubmitAsync(admin, confirm, new Dictionary<string, string>(), $"form[action*='handler=Reset'][action*='{account}']");
        var shown = (await HtmlPage.ParseAsync(reset)).QuerySelector(".alert-warning")!;
        var reloaded = await HtmlPage.GetAsync(admin, reset.RequestMessage!.RequestUri!.PathAndQuery);

        Assert.Equal(HttpMethod.Get, reset.RequestMessage.Method);
        Assert.Contains($"Одноразовый пароль для {LegalAidFactory.LawyerKzn}", shown.TextContent, StringComparison.Ordinal);
        Assert.Null(reloaded.QuerySelector(".alert-warning code"));
        using var lawyer = Factory.CreateClient();
        var signedIn = await LegalAidFactory.TrySignInAsync(lawyer, LegalAidFactory.LawyerKzn, shown.QuerySelector("code")!.TextContent);
        Assert.Equal("/Account/ChangePassword", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Null(shown.QuerySelector("#reset-still-locked"));
        Assert.Null(shown.QuerySelector("#role-changed"));
    }

    [Fact]
    public async Task AResetOfALockedAccount_SaysItStaysLocked()
    {
        await LockAsync(LegalAidFactory.LawyerKzn);
        var account = await Factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == LegalAidFactory.LawyerKzn).Select(u => u.Id).SingleAsync());
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var confirm = await HtmlPage.GetAsync(admin, $"/Admin/Accounts?confirmReset={account}");

        var shown = await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(admin, confirm, new Dictionary<string, string>(), $"form[action*='handler=Reset'][action*='{account}']"));

        Assert.StartsWith("Учётная запись заблокирована", shown.QuerySelector("#reset-still-locked")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnlockingAnAccount_SaysWhichAccountItWas_InANoticeThatCanBeDismissed()
    {
        await LockAsync(LegalAidFactory.LawyerMow);

        var unlocked = await LockAsync(LegalAidFactory.LawyerMow);

        var notice = unlocked.QuerySelector(".alert-success")!;
        Assert.Equal($"Учётная запись {LegalAidFactory.LawyerMow} разблокирована: владелец снова может войти.", notice.TextContent.Trim());
        Assert.Contains("alert-dismissible", notice.ClassList);
        Assert.Equal("Закрыть сообщение", notice.QuerySelector(".btn-close")?.GetAttribute("aria-label"));
        Assert.Equal("Активна", unlocked.QuerySelectorAll("tr").Single(row => row.TextContent.Contains(LegalAidFactory.LawyerMow, StringComparison.Ordinal)).QuerySelectorAll("td")[5].TextContent.Trim());
    }

    /// <summary>The administrator locks the account on the accounts page, or unlocks it if locked; the page that answers.</summary>
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> LockAsync(string email)
    {
        var account = await Factory.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        using var admin = await Factory.SignInAsync(LegalAidFactory.Admin);
        var accounts = await HtmlPage.GetAsync(admin, "/Admin/Accounts");
        return await HtmlPage.ParseAsync(await HtmlPage.SubmitAsync(admin, accounts, new Dictionary<string, string>(), $"form[action*='handler=Lock'][action*='{account}']"));
    }
}
