using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Clients.RegisterClient;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Reports.GetCentreMonthlyReport;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Reports;

public sealed class GetCentreMonthlyReportTests : ApplicationTest
{
    private string moscowCase = string.Empty;
    private string kazanCase = string.Empty;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        moscowCase = await OpenCaseWithDeadlineAsync(TestApp.Moscow, Requests.RegisterClient(), dueOn: new DateOnly(2026, 3, 10));
        kazanCase = await OpenCaseWithDeadlineAsync(
            TestApp.Kazan,
            Requests.RegisterClient() with { FamilyName = "Жумабекова", GivenName = "Айгүл", Patronymic = null, LatinName = "Zhumabekova Aigul", Phone = "+7 917 000-11-22" },
            dueOn: new DateOnly(2026, 3, 5));
    }

    [Fact]
    public async Task TheCoordinator_SeesTheCentresOverdueCasesByName()
    {
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var report = await App.SendAsync(new GetCentreMonthlyReport(2026, 3, "ky"));
        var text = PdfText.Flatten(await PdfText.PagesAsync(report.Content));

        Assert.Contains(moscowCase, text);
        Assert.Contains("Айлык отчёт: Мигранттарды колдоо борбору — Москва", text);
        Assert.Contains("Үсөнбаев Нурлан", text);
        Assert.Contains($"{App.Today.ToString("d", LegalAid.Application.Common.Localisation.Cultures.For("ky"))} карата мөөнөтү өткөн", text);
        Assert.DoesNotContain(kazanCase, text);
        Assert.DoesNotContain("Жумабекова", text);
        Assert.Contains("Март 2026", PdfText.Flatten(await PdfText.PagesAsync((await App.SendAsync(new GetCentreMonthlyReport(2026, 3, "ru"))).Content)));
    }

    [Fact]
    public async Task TheMonthsFigures_CountTheCentresConsultations()
    {
        App.ActAs(Roles.Coordinator, TestApp.Kazan);

        var pdf = (await App.SendAsync(new GetCentreMonthlyReport(2026, 3, "en"))).Content;
        var text = PdfText.Flatten(await PdfText.PagesAsync(pdf));

        Assert.Contains("Consultations 1 0", text);
        Assert.Contains("March 2026", text);
        Assert.Contains("The month is not over: the figures run to", text);
        Assert.Contains("Monthly report: ", text);
        Assert.Contains("Consultations by problem", text);
        Assert.DoesNotContain("by centre and problem", text);
        var structure = await PdfStructure.LinesAsync(pdf);
        Assert.Equal(0, PdfStructure.EmptyHeaderCells(structure));
        Assert.Contains("\"Problem\"", structure);
        PdfStructure.AssertOutline(structure);
    }

    [Fact]
    public async Task LawyersProgrammeStaffAndAdministrators_AreRefused()
    {
        foreach (var (role, centre) in new[] { (Roles.Lawyer, (int?)TestApp.Moscow), (Roles.ProgrammeStaff, null), (Roles.Administrator, null) })
        {
            App.ActAs(role, centre);
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new GetCentreMonthlyReport(2026, 3)));
        }
    }

    [Fact]
    public async Task AFutureMonth_IsRefused()
    {
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new GetCentreMonthlyReport(2026, 4)));

        Assert.Contains(nameof(GetCentreMonthlyReport.Year), error.Errors.Keys);
    }

    private async Task<string> OpenCaseWithDeadlineAsync(int centre, RegisterClient client, DateOnly dueOn)
    {
        App.ActAsLawyerOf(centre);
        var clientId = await App.SendAsync(client);
        var opened = await App.SendAsync(Requests.OpenCase(clientId));
        await App.SendAsync(Requests.LogConsultation(opened.Id));
        await App.SendAsync(new AddDeadline { CaseId = opened.Id, Type = DeadlineType.AppealDeadline, DueOn = dueOn });
        return opened.Number;
    }
}
