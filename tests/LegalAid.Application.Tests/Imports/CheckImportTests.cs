using System.Globalization;
using System.IO.Compression;
using System.Text;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Localisation;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Imports.GetImport;
using LegalAid.Application.Imports.GetImportTemplate;
using LegalAid.Application.Imports.RunImport;
using LegalAid.Application.Resources;
using LegalAid.Domain.Consultations;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Imports;

public sealed class CheckImportTests : ImportTest
{
    [Fact]
    public async Task ShouldReportWhatTheFileWouldCreateAndCreateNothing()
    {
        var (_, report) = await CheckAsync(ImportFile.Utf8([ImportFile.Row(), ImportFile.Row(date: "12.03.2026"), ImportFile.OtherRow()]));

        Assert.True(report.Usable);
        Assert.Equal((3, 3, 0), (report.Rows, report.Accepted, report.Rejected));
        Assert.Equal((2, 2, 3), (report.NewClients, report.NewCases, report.Consultations));
        Assert.Equal([2, 2, 4], report.RowPlans.Select(r => r.NewClientRow ?? 0));
        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task ShouldReportAMissingValueByRowAndColumn()
    {
        var other = ImportFile.OtherRow();
        other[ImportField.GivenName] = " ";

        var (_, report) = await CheckAsync(ImportFile.Utf8([ImportFile.Row(), other]));

        var problem = Assert.Single(report.Problems);
        Assert.Equal((3, "Имя", ImportProblems.MissingValue), (problem.Row, problem.Column, problem.Code));
        Assert.Equal([ImportRowStatus.Accepted, ImportRowStatus.Rejected], report.RowPlans.Select(r => r.Status));
    }

    [Fact]
    public async Task ShouldNameTheClosestCategoriesAndChannelsForValuesItDoesNotKnow()
    {
        var row = ImportFile.Row();
        row[ImportField.Problem] = "невыплата зарплаты";
        row[ImportField.Channel] = "Лчно";

        var (_, report) = await CheckAsync(ImportFile.Utf8([row]));

        var problem = Assert.Single(report.Problems, p => p.Column == "Проблема");
        Assert.Equal(ImportProblems.UnmappedValueInEachLanguage, problem.Code);
        Assert.StartsWith("«Невыплата зарплаты, трудовой спор", problem.Arguments[1], StringComparison.Ordinal);
        var channel = Assert.Single(report.Problems, p => p.Column == "Канал");
        Assert.StartsWith("«Лично»", channel.Arguments[1], StringComparison.Ordinal);
        Assert.Contains("Невыплата зарплаты", problem.Message, StringComparison.Ordinal);
        Assert.Equal(
            [(Domain.Imports.ImportValueKind.Problem, "невыплата зарплаты"), (Domain.Imports.ImportValueKind.Channel, "Лчно")],
            report.Unmapped.Select(u => (u.Kind, u.Text)));
        Assert.Equal(Requests.UnpaidWages, report.Unmapped[0].Suggestions[0].Id);
    }

    [Fact]
    public async Task ShouldOfferTheClosestItems_InTheReadersLanguage_NotTheCheckers()
    {
        var row = ImportFile.Row();
        row[ImportField.Channel] = "Лчно";
        var (id, _) = await CheckAsync(ImportFile.Utf8([row]));

        ImportView import;
        using (ReportLanguage.Use("en"))
        {
            import = await App.SendAsync(new GetImport(id));
        }

        var channel = Assert.Single(import.Report!.Unmapped);
        Assert.Equal("In person", channel.Suggestions[0].Label);
        Assert.Equal(import.MappingChoices[channel.Kind].Single(c => c.Id == channel.Suggestions[0].Id), channel.Suggestions[0]);
    }

    [Fact]
    public async Task ShouldNameAnUnknownChoiceWithTheClosestKnownOnes()
    {
        var row = ImportFile.Row();
        row[ImportField.Citizenship] = "Кыргызтан";

        var (_, report) = await CheckAsync(ImportFile.Utf8([row]));

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("Гражданство", ImportProblems.UnknownValueInEachLanguage, "Кыргызтан"), (problem.Column, problem.Code, problem.Arguments[0]));
        Assert.StartsWith("Неизвестное значение «Кыргызтан». Ближайшие: «Кыргызстан»", problem.Message, StringComparison.Ordinal);
        using (ReportLanguage.Use("en"))
        {
            Assert.StartsWith("Unknown value «Кыргызтан». Closest: «Kyrgyzstan»", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ShouldWriteTheAllowedPeriodOfADate_UpToTodayAtTheCentre_InTheReadersLanguage()
    {
        var nextMonth = App.Today.AddMonths(1).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var (_, report) = await CheckAsync(ImportFile.Utf8([ImportFile.Row(date: nextMonth)]));

        var problem = Assert.Single(report.Problems);
        Assert.Equal($"Дата «{nextMonth}» вне периода с 01.01.2000 по {App.Today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}.", problem.Message);
        using (ReportLanguage.Use("en"))
        {
            Assert.Matches($@"^The date «{nextMonth}» is outside 1 Jan 2000 to \d+ [A-Z][a-z]{{2}} \d{{4}}\.$", problem.Message);
        }
    }

    [Theory]
    [InlineData("31.02.2026", ImportProblems.ImpossibleDate)]
    [InlineData("2026-13-01", ImportProblems.ImpossibleDate)]
    [InlineData("вчера", ImportProblems.InvalidDate)]
    [InlineData("10.03.2031", ImportProblems.DateOutOfRangeInEachLanguage)]
    public async Task ShouldRejectADateThatCannotBe(string date, string code)
    {
        var (_, report) = await CheckAsync(ImportFile.Utf8([ImportFile.Row(date: date)]));

        var problem = Assert.Single(report.Problems);
        Assert.Equal((2, "Дата консультации", code), (problem.Row, problem.Column, problem.Code));
        Assert.Equal(date, problem.Arguments[0]);
    }

    [Theory]
    [InlineData("31.02.1990", "Такой даты не бывает.")]
    [InlineData("весной 1990", "Не дата. Пишите 17.05.2024, 17.5.24 или 2024-05-17.")]
    [InlineData("17.05.1890", "Дата вне периода с ")]
    public async Task ShouldRejectABirthDateThatCannotBe_WithoutRepeatingIt(string date, string message)
    {
        var row = ImportFile.Row();
        row[ImportField.DateOfBirth] = date;

        var (_, report) = await CheckAsync(ImportFile.Utf8([row]));

        var problem = Assert.Single(report.Problems, p => p.Column == "Дата рождения");
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("«", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(date, problem.Arguments);
    }

    [Fact]
    public async Task ShouldShowARulesMessage_InTheReadersLanguage_NotTheCheckers()
    {
        var row = ImportFile.Row();
        row[ImportField.Phone] = "12345";

        var (_, report) = await CheckAsync(ImportFile.Utf8([row]));

        var problem = Assert.Single(report.Problems);
        Assert.Equal("Телефон", problem.Column);
        Assert.StartsWith("Такого номера телефона нет", problem.Message, StringComparison.Ordinal);
        using (ReportLanguage.Use("en"))
        {
            Assert.StartsWith("This is not a phone number", problem.Message, StringComparison.Ordinal);
        }

        using (ReportLanguage.Use("ky"))
        {
            Assert.Equal(Messages.ResourceManager.GetString(nameof(Messages.InvalidPhone), Cultures.For("ky")), problem.Message);
        }
    }

    [Fact]
    public async Task ShouldRejectATooLongSummary_NamingTheLimit()
    {
        var row = ImportFile.Row();
        row[ImportField.Summary] = new string('ө', Consultation.SummaryMaxLength + 1);

        var (_, report) = await CheckAsync(ImportFile.Utf8([row]));

        Assert.Equal("Не более 4000 символов.", Assert.Single(report.Problems).Message);
    }

    [Fact]
    public async Task ShouldNameEveryProblemOfARow_TheConsultationsRulesWithTheOtherCells()
    {
        var row = ImportFile.Row();
        row[ImportField.DateOfBirth] = "31.02.1990";
        row[ImportField.DurationMinutes] = "0";
        row[ImportField.Summary] = new string('ө', Consultation.SummaryMaxLength + 1);

        var (_, report) = await CheckAsync(ImportFile.Utf8([row]));

        Assert.Equal(
            [("Дата рождения", "Такой даты не бывает."), ("Длительность, мин", "Продолжительность — от 1 до 600 минут."), ("Содержание", "Не более 4000 символов.")],
            report.Problems.Where(p => p.Code != ImportProblems.ClientRejected).Select(p => (p.Column, p.Message)).OrderBy(p => p.Column, StringComparer.Ordinal));
    }

    [Fact]
    public async Task ShouldRejectAConsultationOnAFutureDay_InItsDateColumn_WithTheLastDayAllowed()
    {
        var (_, report) = await CheckAsync(ImportFile.Utf8([ImportFile.Row(date: "16.03.2026")]));

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("Дата консультации", "Дата «16.03.2026» вне периода с 01.01.2000 по 15.03.2026."), (problem.Column, problem.Message));
    }

    [Theory]
    [InlineData("10.03.2026")]
    [InlineData("10.3.26")]
    [InlineData("2026-03-10")]
    public async Task ShouldReadDatesAsSpreadsheetsWriteThem(string date)
    {
        var (_, report) = await CheckAsync(ImportFile.Utf8([ImportFile.Row(date: date)]));

        Assert.Empty(report.Problems);
        Assert.Equal(1, report.Accepted);
    }

    [Theory]
    [InlineData("РќСѓСЂР»Р°РЅ", ImportProblems.MisdecodedText)]
    [InlineData("Ð\u009DÑƒÑ€Ð»Ð°Ð½", ImportProblems.MisdecodedText)]
    [InlineData("Н\uFFFDрлан", ImportProblems.MisdecodedText)]
    [InlineData("?с?нбаев", ImportProblems.LostCharacters)]
    public async Task ShouldRejectTextTheFileDamaged(string family, string code)
    {
        var (_, report) = await CheckAsync(ImportFile.Utf8([ImportFile.Row(family)]));

        var problem = Assert.Single(report.Problems);
        Assert.Equal((2, "Фамилия", code), (problem.Row, problem.Column, problem.Code));
        Assert.Empty(problem.Arguments);
    }

    [Theory]
    [InlineData("KZN-2026-00001")]
    [InlineData("MOW-2026-00002")]
    [InlineData("mow-2026-00099")]
    [InlineData("MOW-2026-2")]
    public async Task ShouldRejectARowNamingNoCaseOfTheCentre_AnotherCentresAsOneThatDoesNotExist(string number)
    {
        await OpenCaseAsync();
        App.ActAsLawyerOf(TestApp.Kazan);
        await App.SendAsync(Requests.OpenCase(await App.SendAsync(Requests.RegisterClient() with { NotADuplicate = true })));
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var row = ImportFile.Row();
        row[ImportField.CaseReference] = number;

        var (id, report) = await CheckAsync(ImportFile.Utf8([row]));

        var problem = Assert.Single(report.Problems);
        Assert.Equal((2, "Дело", ImportProblems.UnknownCase), (problem.Row, problem.Column, problem.Code));
        Assert.Equal($"В вашем центре нет дела № {number}.", problem.Message);
        using (ReportLanguage.Use("ky"))
        {
            Assert.Equal($"Сиздин борбордо № {number} иш жок.", problem.Message);
        }

        using (ReportLanguage.Use("en"))
        {
            Assert.Equal($"Your centre has no case no. {number}.", problem.Message);
        }

        Assert.Equal((0, 0), (report.Accepted, report.NewCases));
        await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new RunImport(id, SkipRejected: false)));
        Assert.Equal(2, await App.InDatabaseAsync(db => db.Cases.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task ACaseNumberTypedShort_IsTheCentresCase_AReferenceOfNoCentresShapeIsTheFilesOwn()
    {
        await OpenCaseAsync();
        var shortNumber = ImportFile.Row();
        shortNumber[ImportField.CaseReference] = "mow-2026-1";
        var ownReference = ImportFile.OtherRow();
        ownReference[ImportField.CaseReference] = "ABC-2024-00001";

        var (_, report) = await CheckAsync(ImportFile.Utf8([shortNumber, ownReference]));

        Assert.Empty(report.Problems);
        Assert.Equal(["MOW-2026-00001", null], report.RowPlans.Select(plan => plan.CaseNumber));
        Assert.Equal((2, 1), (report.Accepted, report.NewCases));
    }

    [Fact]
    public async Task ShouldRejectARowThatRepeatsAnEarlierOne()
    {
        var (_, report) = await CheckAsync(ImportFile.Utf8([ImportFile.Row(), ImportFile.OtherRow(), ImportFile.Row()]));

        var problem = Assert.Single(report.Problems);
        Assert.Equal((4, ImportProblems.DuplicateRow, "2"), (problem.Row, problem.Code, problem.Arguments[0]));
    }

    [Fact]
    public async Task ShouldRefuseAFileWithoutARequiredColumn()
    {
        var csv = ImportFile.Csv([ImportFile.Row()]).Replace("Фамилия,", "Фамилии,", StringComparison.Ordinal);

        var (_, report) = await CheckAsync(Encoding.UTF8.GetBytes(csv));

        Assert.False(report.Usable);
        Assert.Contains(report.FileProblems, p => p.Code == ImportProblems.MissingColumn && p.Arguments[0] == "Фамилия / Family name");
        Assert.Contains(report.FileProblems, p => p.Code == ImportProblems.UnknownColumn && p.Arguments[0] == "Фамилии");
    }

    [Fact]
    public async Task ShouldReadWindows1251WithSemicolons()
    {
        var row = ImportFile.Row("Петров", "Иван");
        row[ImportField.Patronymic] = "Сергеевич";
        var (_, report) = await CheckAsync(ImportFile.Windows1251([row]));

        Assert.Equal(("CSV", "Windows-1251", ";"), (report.Format, report.Encoding, report.Separator));
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task ShouldReadUtf8WithAByteOrderMark()
    {
        var content = (byte[])[.. Encoding.UTF8.GetPreamble(), .. ImportFile.Utf8([ImportFile.Row()], ';')];

        var (_, report) = await CheckAsync(content);

        Assert.Equal((";", 1), (report.Separator, report.Accepted));
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task ShouldRefuseAFileThatIsNoSpreadsheet()
    {
        var (_, report) = await CheckAsync([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "клиенты.xlsx");

        Assert.False(report.Usable);
        Assert.Equal("ImportUnreadableCorrupt", Assert.Single(report.FileProblems).Code);
    }

    [Fact]
    public async Task ShouldRefuseAWorkbookThatUnpacksToFarMoreThanASpreadsheet()
    {
        using var bomb = new MemoryStream();
        await bomb.WriteAsync((await App.SendAsync(new GetImportTemplate(ExportFormat.Xlsx))).Content);
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Update, leaveOpen: true))
        {
            await using var filler = await zip.CreateEntry("xl/media/filler.bin", CompressionLevel.Fastest).OpenAsync();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 520; i++)
            {
                await filler.WriteAsync(zeros);
            }
        }

        var (_, report) = await CheckAsync(bomb.ToArray(), "клиенты.xlsx");

        Assert.Equal("ImportUnreadableCorrupt", Assert.Single(report.FileProblems).Code);
    }
}
