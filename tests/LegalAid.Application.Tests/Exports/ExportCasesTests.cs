using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Exports.ExportCases;
using LegalAid.Application.Resources;
using LegalAid.Domain.Cases;

namespace LegalAid.Application.Tests.Exports;

public sealed class ExportCasesTests : ExportTest
{
    [Fact]
    public async Task ShouldExportEachCaseWithItsClientAndConsultations()
    {
        var caseId = await OpenCaseAsync();
        await App.SendAsync(Requests.LogConsultation(caseId));
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var rows = XlsxRows(await App.SendAsync(new ExportCases(ExportFormat.Xlsx)));

        var row = Assert.Single(rows);
        Assert.Equal(("MOW-2026-00001", "Үсөнбаев Нурлан Өмүрбекович", "Открыто"), ((string)row["Номер дела"]!, (string)row["ФИО"]!, (string)row["Статус"]!));
        Assert.Equal("Невыплата зарплаты, трудовой спор", row["Основная проблема"]);
        Assert.Equal("Документы и патент на работу", row["Другие проблемы"]);
        Assert.Equal(150000m, Convert.ToDecimal(row["Сумма требований"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, Convert.ToInt32(row["Консультации"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ShouldFilterByStatusProblemAndLawyer()
    {
        await OpenCaseAsync();
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var lawyer = App.LawyerOf[TestApp.Moscow];

        Assert.Single(XlsxRows(await App.SendAsync(new ExportCases(ExportFormat.Xlsx, Status: CaseStatus.Open, LawyerId: lawyer, CategoryId: Requests.DocumentsAndPatent))));
        Assert.Empty(XlsxRows(await App.SendAsync(new ExportCases(ExportFormat.Xlsx, Status: CaseStatus.Closed))));
        Assert.Empty(XlsxRows(await App.SendAsync(new ExportCases(ExportFormat.Xlsx, CategoryId: 12))));
    }

    [Fact]
    public async Task ALawyerOfAnotherCentreOrAnUnknownProblem_IsRefused_NotExportedAsAnEmptyFile()
    {
        await OpenCaseAsync();
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var elsewhere = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ExportCases(ExportFormat.Csv, LawyerId: App.LawyerOf[TestApp.Kazan])));
        var unknown = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ExportCases(ExportFormat.Csv, CategoryId: 999)));

        Assert.Equal((nameof(ExportCases.LawyerId), Messages.UnknownLawyerInFilter), (Assert.Single(elsewhere.Errors).Key, Assert.Single(elsewhere.Errors).Value.Single()));
        Assert.Equal((nameof(ExportCases.CategoryId), Messages.UnknownCategory), (Assert.Single(unknown.Errors).Key, Assert.Single(unknown.Errors).Value.Single()));
    }
}
