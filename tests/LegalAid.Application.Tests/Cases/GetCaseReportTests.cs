using System.Globalization;
using System.Text.RegularExpressions;
using LegalAid.Application.Cases.AddDeadline;
using LegalAid.Application.Cases.CloseCase;
using LegalAid.Application.Cases.GetCaseReport;
using LegalAid.Application.Cases.ReopenCase;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Cases;

public sealed class GetCaseReportTests : ApplicationTest
{
    private const int Consultations = 60;
    private const string KyrgyzNote = "Күбөлөр: ң ө ү Ң Ө Ү";
    private int caseId;
    private string caseNumber = string.Empty;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var client = await App.SendAsync(Requests.RegisterClient());
        var opened = await App.SendAsync(Requests.OpenCase(client) with { OpenedOn = new DateOnly(2026, 1, 1) });
        (caseId, caseNumber) = (opened.Id, opened.Number);
        for (var i = 1; i <= Consultations; i++)
        {
            // A distinct duration per consultation tells on which page each row landed.
            await App.SendAsync(Requests.LogConsultation(caseId) with
            {
                HeldAt = new DateTime(2026, 1, 1, 10, 0, 0).AddDays(i),
                DurationMinutes = 100 + i,
                Summary = $"Запись {i}: кардарга түшүндүрүлдү, эмгек келишими жок; ң ө ү — Ёлкина, ёж.",
                FollowUpOn = null,
            });
        }

        await App.SendAsync(new AddDeadline { CaseId = caseId, Type = DeadlineType.CourtHearing, DueOn = new DateOnly(2026, 4, 2), DueAt = new TimeOnly(10, 30), Place = "Мещанский суд, зал 5", Note = KyrgyzNote });
    }

    [Fact]
    public async Task AHearing_ShowsItsTimeAndPlace()
    {
        var text = PdfText.Flatten(await PdfText.PagesAsync((await App.SendAsync(new GetCaseReport(caseId, "ru"))).Content));
        Assert.Contains("02.04.2026 10:30", text);
        Assert.Contains("Мещанский суд, зал 5", text);
    }

    [Fact]
    public async Task KyrgyzAndRussianText_ComesBackExactly()
    {
        var text = PdfText.Flatten(await PdfText.PagesAsync((await App.SendAsync(new GetCaseReport(caseId, "ky"))).Content));

        Assert.Contains($"{caseNumber} иши боюнча отчёт", text);
        Assert.Contains("Мигранттарды колдоо борбору — Москва", text);
        Assert.Contains("Үсөнбаев Нурлан Өмүрбекович", text);
        Assert.Contains("Usonbaev Nurlan", text);
        Assert.Contains(KyrgyzNote, text);
        Assert.Contains("Запись 7: кардарга түшүндүрүлдү, эмгек келишими жок; ң ө ү — Ёлкина, ёж.", text);
        Assert.Contains("ООО «СтройМонтаж»", text);
        Assert.Contains("Негизги көйгөй Эмгек акынын төлөнбөй калышы, эмгек талашы", text);
    }

    [Fact]
    public async Task AReopening_ReadsAsOne_NotAsTheOpening()
    {
        await App.SendAsync(new CloseCase { Id = caseId, Version = 0, Outcome = CaseOutcome.NotResolved, ClosedOn = new DateOnly(2026, 3, 10), ConfirmUpcomingHearing = true });
        await App.SendAsync(new ReopenCase { Id = caseId, Version = 1, ReopenedOn = new DateOnly(2026, 3, 12) });

        var text = PdfText.Flatten(await PdfText.PagesAsync((await App.SendAsync(new GetCaseReport(caseId, "ru"))).Content));

        Assert.Contains("Открыто заново", text);
    }

    [Fact]
    public async Task TheConsultationTable_CarriesOverPagesWithItsHeaderOnEach()
    {
        var pages = await PdfText.PagesAsync((await App.SendAsync(new GetCaseReport(caseId, "ru"))).Content);

        // Each row's date (not followed by the colon of the consultation notes) is on exactly one page.
        var rowPages = Enumerable.Range(1, Consultations)
            .Select(day => new DateOnly(2026, 1, 1).AddDays(day).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))
            .Select(date => Enumerable.Range(0, pages.Count).Single(p => Regex.IsMatch(pages[p], Regex.Escape(date) + "(?!:)")))
            .ToList();
        Assert.True(rowPages.Distinct().Count() >= 2, "The table fits one page.");
        Assert.Equal(rowPages.Order(), rowPages);
        Assert.All(rowPages.Distinct(), p => Assert.Contains("Юрист", pages[p]));
        Assert.All(rowPages.Distinct(), p => Assert.Contains("Проблемы", pages[p]));
        Assert.InRange(pages.Count, 3, 10);
        Assert.All(pages.Select((page, i) => (page, i)), p => Assert.Contains($"Страница {p.i + 1} из {pages.Count}", p.page));
    }

    [Fact]
    public async Task ItsTitle_IsTheOnlyFirstLevelHeading_ItsSectionsRankBelowIt_AndTheNotesBelowTheConsultations()
    {
        var lines = await PdfStructure.LinesAsync((await App.SendAsync(new GetCaseReport(caseId, "ru"))).Content);

        Assert.Equal(
            [$"H1 Отчёт по делу {caseNumber}", "H2 Клиент", "H2 Дело", "H2 Консультации", "H3 Содержание консультаций", "H2 Сроки", "H2 Документы", "H2 История статусов", "H2 Итог"],
            PdfStructure.Headings(lines));
    }

    [Fact]
    public async Task TheReportOfSeveralPages_PassesQpdfsCheck_WithNoWarning() =>
        await Qpdf.AssertSoundAsync((await App.SendAsync(new GetCaseReport(caseId, "ky"))).Content);

    [Theory]
    [InlineData("ru", "Дата рождения 17.05.1990", "Дата открытия 01.01.2026")]
    [InlineData("ky", "Туулган күнү 17.05.1990", "Ачылган күнү 01.01.2026")]
    [InlineData("en", "Date of birth 17 May 1990", "Opened on 1 Jan 2026")]
    public async Task Dates_ReadDayMonthYear_InEveryLanguage(string language, string dateOfBirth, string openedOn)
    {
        var text = PdfText.Flatten(await PdfText.PagesAsync((await App.SendAsync(new GetCaseReport(caseId, language))).Content));

        Assert.Contains(dateOfBirth, text);
        Assert.Contains(openedOn, text);
    }

    [Fact]
    public async Task WithoutALanguage_TheReportIsInTheClientsLanguage_OrInRussian()
    {
        var tajikSpeaker = await App.SendAsync(Requests.RegisterClient() with { FamilyName = "Рахимов", GivenName = "Фаррух", Patronymic = null, LatinName = "Rakhimov Farrukh", Citizenship = "TJ", PreferredLanguage = Languages.Tajik, Phone = null });
        var tajikCase = (await App.SendAsync(Requests.OpenCase(tajikSpeaker))).Id;

        var kyrgyz = await App.SendAsync(new GetCaseReport(caseId));
        var russian = await App.SendAsync(new GetCaseReport(tajikCase));

        Assert.Equal($"{caseNumber}-ky.pdf", kyrgyz.FileName);
        Assert.Contains($"{caseNumber} иши боюнча отчёт", PdfText.Flatten(await PdfText.PagesAsync(kyrgyz.Content)));
        Assert.Equal("ky", await Qpdf.LanguageAsync(kyrgyz.Content));
        Assert.EndsWith("-ru.pdf", russian.FileName, StringComparison.Ordinal);
        Assert.Equal("ru", await Qpdf.LanguageAsync(russian.Content));
    }

    [Fact]
    public async Task TheEnglishEdition_IsInEnglish()
    {
        var report = await App.SendAsync(new GetCaseReport(caseId, "en"));
        var text = PdfText.Flatten(await PdfText.PagesAsync(report.Content));

        Assert.Equal("application/pdf", report.ContentType);
        Assert.Contains($"Case report {caseNumber}", text);
        Assert.Contains("Main problem Unpaid wages or labour dispute", text);
    }

    [Fact]
    public async Task GeneratingTheReport_IsAudited()
    {
        await App.SendAsync(new GetCaseReport(caseId, "ru"));

        var entry = await App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.ReportGenerated));
        Assert.Equal((nameof(Case), caseId.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.EntityType, entry.EntityId));
    }

    [Fact]
    public async Task ALawyerOfAnotherCentre_CannotGetTheReport()
    {
        App.ActAsLawyerOf(TestApp.Kazan);

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetCaseReport(caseId, "ru")));
    }

    [Fact]
    public async Task AnUnknownLanguage_IsRefused()
    {
        await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new GetCaseReport(caseId, "de")));
    }
}
