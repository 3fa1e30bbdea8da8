using LegalAid.Application.Clients.EraseClient;
using LegalAid.Application.Clients.WithdrawConsent;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Exports.ExportClients;
using LegalAid.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Exports;

public sealed class ExportClientsTests : ExportTest
{
    [Fact]
    public async Task ShouldExportTheCentresClientsWithTheirNamesExactly()
    {
        var moscow = await App.SendAsync(Requests.RegisterClient());
        App.ActAsLawyerOf(TestApp.Kazan);
        await App.SendAsync(Requests.RegisterClient() with { FamilyName = "Рахимов", GivenName = "Фаррух", Phone = "+7 999 000-00-01" });
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var file = await App.SendAsync(new ExportClients(ExportFormat.Csv));

        Assert.Equal("clients-mow-2026-03-15.csv", file.FileName);
        var rows = CsvRows(file);
        Assert.Equal(["Номер клиента", "Фамилия", "Имя", "Отчество", "Имя латиницей", "Пол"], rows[0][..6]);
        var only = Assert.Single(rows.Skip(1));
        Assert.Equal([moscow.ToString(System.Globalization.CultureInfo.InvariantCulture), "Үсөнбаев", "Нурлан", "Өмүрбекович", "Usonbaev Nurlan", "Мужской"], only[..6]);
        Assert.Equal("1990-05-17", only[6]);
    }

    [Fact]
    public async Task ShouldExportAWorkbookOfTheClientsRegisteredInThePeriod()
    {
        await App.SendAsync(Requests.RegisterClient());
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var inPeriod = XlsxRows(await App.SendAsync(new ExportClients(ExportFormat.Xlsx, new DateOnly(2026, 3, 15), new DateOnly(2026, 3, 15))));
        var before = XlsxRows(await App.SendAsync(new ExportClients(ExportFormat.Xlsx, To: new DateOnly(2026, 3, 14))));

        Assert.Equal("Үсөнбаев", Assert.Single(inPeriod)["Фамилия"]);
        Assert.Empty(before);
    }

    [Fact]
    public async Task ShouldSayWhichClientsWithdrewTheirConsent_AndWhen()
    {
        var withdrew = await App.SendAsync(Requests.RegisterClient());
        await App.SendAsync(Requests.RegisterClient() with { FamilyName = "Рахимов", GivenName = "Фаррух", Phone = "+7 999 000-00-01", NotADuplicate = true });
        await App.SendAsync(new WithdrawConsent { Id = withdrew, Version = 0, ConsentWithdrawnOn = new DateOnly(2026, 3, 15) });
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var rows = XlsxRows(await App.SendAsync(new ExportClients(ExportFormat.Xlsx)));

        Assert.Equal([("Үсөнбаев", "2026-03-15"), ("Рахимов", null)], rows.Select(r => ((string?)r["Фамилия"], (r["Согласие отозвано"] as DateTime?)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task ShouldSayWhoseDataWasRemoved_AndWhen()
    {
        var erased = await App.SendAsync(Requests.RegisterClient());
        App.ActAs(Roles.Administrator, null);
        await App.SendAsync(new EraseClient { ClientId = erased, Reason = "Заявление клиента", Confirmed = true });
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var row = Assert.Single(XlsxRows(await App.SendAsync(new ExportClients(ExportFormat.Xlsx))));

        Assert.Equal((null, App.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ((string?)row["Фамилия"], (row["Данные обезличены"] as DateTime?)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task ShouldAuditTheExportWithEveryFilterAndTheRowsThatLeft()
    {
        await App.SendAsync(Requests.RegisterClient());
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        await App.SendAsync(new ExportClients(ExportFormat.Xlsx, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)));

        var entry = await App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Exported));
        Assert.Equal(("Client", "coordinator.1@test"), (entry.EntityType, entry.UserName));
        Assert.Equal("registeredFrom=2026-01-01; registeredTo=2026-03-31; format=Xlsx; rows=1", entry.Details);
    }

    [Fact]
    public async Task ShouldLetOnlyCoordinatorsExport()
    {
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new ExportClients(ExportFormat.Csv)));
        App.ActAs(Roles.Administrator, null);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new ExportClients(ExportFormat.Csv)));
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new ExportClients((ExportFormat)7, new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 1))));

        Assert.Equal(["Format", "To"], error.Errors.Keys.Order());
    }
}
