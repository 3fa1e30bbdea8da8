using System.Net;
using LegalAid.Web.Tests.Api;

namespace LegalAid.Web.Tests.Pages;

public sealed class RefusalPageTests : WebTest
{
    [Fact]
    public async Task ARefusedPage_NamesTheRolesItNeeds_AndLeadsHome()
    {
        using var programme = await Factory.SignInAsync(LegalAidFactory.Programme);

        using var response = await programme.GetAsync("/Clients");
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Доступ запрещён", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Это доступно ролям: Юрист, Координатор. Ваша роль: Сотрудник программы.", page.QuerySelector("#needed-roles")!.TextContent);
        Assert.DoesNotContain("Что-то пошло не так", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }

    [Fact]
    public async Task ARefusedForm_NamesTheRole_AndLeadsBackToTheForm()
    {
        var clientId = await Client.RegisterClientAsync();
        var caseId = await Client.OpenCaseAsync(clientId);
        var form = await HtmlPage.GetAsync(Client, $"/Cases/{caseId}/edit");

        using var response = await HtmlPage.SubmitAsync(Client, form, new Dictionary<string, string> { ["Input.AssignedLawyerId"] = "999999" });
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Это доступно ролям: Координатор. Ваша роль: Юрист.", page.QuerySelector("#needed-roles")!.TextContent);
        Assert.NotNull(page.QuerySelector($"main a[href='/Cases/{caseId}/edit']"));
    }

    [Fact]
    public async Task TheCentreReport_OpensWithoutErrors()
    {
        using var coordinator = await Factory.SignInAsync(LegalAidFactory.CoordinatorMow);

        var page = await HtmlPage.GetAsync(coordinator, "/CentreReport");

        Assert.Null(page.QuerySelector(".validation-summary-errors"));
        Assert.Equal("ru", page.QuerySelector("#Language option[selected]")!.GetAttribute("value"));
    }
}
