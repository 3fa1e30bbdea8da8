using System.Globalization;
using System.IO.Compression;
using System.Text;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Statistics.Engine;
using LegalAid.Application.Statistics.ExportStatistics;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Statistics;

/// <summary>The exports of <see cref="StatisticsFixture"/>'s first quarter of 2026, whose figures <see cref="GetStatisticsTests"/> counts by hand.</summary>
public sealed class ExportStatisticsTests : ApplicationTest
{
    private static readonly StatisticsFilter Quarter = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));

    [Theory]
    [InlineData("ru")]
    [InlineData("ky")]
    [InlineData("en")]
    public void EveryBreakdown_HasASheetNameExcelTakes_InEachLanguage(string language)
    {
        var names = StatisticsTables.Keys.Select(key => Resources.Labels.ResourceManager.GetString($"Export.Sheet.{key}", CultureInfo.GetCultureInfo(language))).ToList();

        Assert.All(names, name => Assert.True(name is { Length: > 0 and <= 31 } && name.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) < 0, $"'{name}' is no sheet name Excel takes"));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await StatisticsFixture.BuildAsync(App);
        App.ActAs(Roles.ProgrammeStaff, null);
    }

    [Fact]
    public async Task TheHeadlineCsv_GivesShares_AsFractions_InEitherForm()
    {
        var comma = Lines(await App.SendAsync(new ExportStatistics(Quarter, StatisticsWorkbook.Headline, ExportFormat.Csv)));
        var semicolon = Lines(await App.SendAsync(new ExportStatistics(Quarter, StatisticsWorkbook.Headline, ExportFormat.Csv, CsvSeparator.Semicolon)));

        Assert.Equal("Показатель,Период,Предыдущий период,Изменение к предыдущему периоду,Год назад,Изменение к году назад", comma[0]);
        Assert.StartsWith("Консультации,8,", comma[1], StringComparison.Ordinal);
        Assert.Contains(comma, l => l.StartsWith("Доля решённых в пользу клиента,0.6667,", StringComparison.Ordinal));
        Assert.Contains(semicolon, l => l.StartsWith("Доля решённых в пользу клиента;0,6667;", StringComparison.Ordinal));
        Assert.Contains(semicolon, l => l.StartsWith("Медиана дней до закрытия;12;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACoordinatorsWorkbook_NamesTheirCentreAndTheFilters_AndTheExportIsAudited()
    {
        App.ActAs(Roles.Coordinator, TestApp.Kazan);

        var file = await App.SendAsync(new ExportStatistics(Quarter with { Sex = [Sex.Female], Category = [StatisticsFixture.Documents] }, null, ExportFormat.Xlsx));

        var about = FirstSheet(file.Content);
        Assert.EndsWith(".xlsx", file.FileName, StringComparison.Ordinal);
        Assert.Contains("Центр поддержки мигрантов — Казань", about, StringComparison.Ordinal);
        Assert.Contains("Женский", about, StringComparison.Ordinal);
        Assert.Contains($"{Quarter.From!.Value.ToString("d", CultureInfo.CurrentCulture)} – {Quarter.To!.Value.ToString("d", CultureInfo.CurrentCulture)}", about, StringComparison.Ordinal);
        Assert.Contains("coordinator.2@test", about, StringComparison.Ordinal);
        Assert.Equal(1, await App.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Exported && a.EntityType == "Statistics")));
    }

    [Fact]
    public async Task ACsvNeedsAKnownTable_AndAKnownSeparator()
    {
        var none = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ExportStatistics(Quarter, null, ExportFormat.Csv)));
        var unknown = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ExportStatistics(Quarter, "Clients", ExportFormat.Csv)));
        var separator = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ExportStatistics(Quarter, "Months", ExportFormat.Csv, (CsvSeparator)9)));

        Assert.Contains(nameof(ExportStatistics.Table), none.Errors.Keys);
        Assert.Contains(nameof(ExportStatistics.Table), unknown.Errors.Keys);
        Assert.Contains(nameof(ExportStatistics.Separator), separator.Errors.Keys);
    }

    private static List<string> Lines(ExportedFile file) =>
        Encoding.UTF8.GetString(file.Content).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    private static string FirstSheet(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }
}
