using System.Globalization;
using System.Text;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Imports.GetImportTemplate;
using LegalAid.Domain.Staff;
using MiniExcelLibs;

namespace LegalAid.Application.Tests.Imports;

public sealed class GetImportTemplateTests : ImportTest
{
    [Fact]
    public async Task ShouldGiveTheEnglishHeadersThatAnImportReads()
    {
        var template = await App.SendAsync(new GetImportTemplate(ExportFormat.Csv, "en"));
        var header = Encoding.UTF8.GetString(template.Content).TrimStart('\uFEFF').TrimEnd();
        var row = ImportFile.Row();
        var line = string.Join(',', ImportTemplate.Columns.Select(c => row.TryGetValue(c.Field, out var value) ? $"\"{value}\"" : string.Empty));

        var (_, report) = await CheckAsync(Encoding.UTF8.GetBytes(header + "\r\n" + line + "\r\n"), template.FileName);

        Assert.Equal("legalaid-import-en.csv", template.FileName);
        Assert.StartsWith("Source key,Client id,Family name *,Given name *,Patronymic,", header, StringComparison.Ordinal);
        Assert.Equal((1, 0), (report.Accepted, report.FileProblems.Count));
    }

    [Fact]
    public async Task ShouldListTheValuesTheCentresListsAcceptInTheWorkbook()
    {
        var template = await App.SendAsync(new GetImportTemplate(ExportFormat.Xlsx, "ru"));

        using var workbook = new MemoryStream(template.Content);
        Assert.Equal(["Импорт", "Списки"], MiniExcel.GetSheetNames(workbook));
        var lists = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "Списки").Cast<IDictionary<string, object?>>()
            .Select(r => (Column: (string)r["Столбец"]!, Code: (string)r["Код"]!)).ToList();
        Assert.Contains(("Проблема", "unpaid-wages"), lists);
        Assert.Contains(("Юрист", ImportFile.Lawyer), lists);
        Assert.Contains(("Канал", "InPerson"), lists);
        Assert.DoesNotContain(("Юрист", "Юрист центра 2"), lists);
    }
    [Fact]
    public async Task ShouldNameTheValuesInTheTemplatesLanguage_AndListOnlyActiveLawyers_WhateverTheCoordinatorReads()
    {
        await App.InDatabaseAsync(async db =>
        {
            var former = new StaffMember(ImportFile.Lawyer, TestApp.Moscow);
            former.SetActive(false);
            db.StaffMembers.Add(former);
            return await db.SaveChangesAsync();
        });
        var reading = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        ExportedFile template;
        try
        {
            template = await App.SendAsync(new GetImportTemplate(ExportFormat.Xlsx, "ru"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = reading;
        }

        using var workbook = new MemoryStream(template.Content);
        var lists = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "Списки").Cast<IDictionary<string, object?>>()
            .Select(r => (Column: (string)r["Столбец"]!, Value: (string)r["Значение"]!)).ToList();
        Assert.Contains(("Пол", "Женский"), lists);
        Assert.Contains(("Канал", "Лично"), lists);
        Assert.Single(lists, l => l == ("Юрист", ImportFile.Lawyer));
    }
}
