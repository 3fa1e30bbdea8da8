using LegalAid.Application.Imports.Common;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Imports;

public sealed class RunImportTests : ImportTest
{
    [Fact]
    public async Task ShouldCreateTheClientTheCaseAndTheConsultationsOfTheRows()
    {
        var second = ImportFile.Row(date: "12.03.2026", time: "10:00");
        second[ImportField.Channel] = "Телефон";
        var report = await ImportAsync(ImportFile.Utf8([ImportFile.Row(), second]));

        Assert.Equal((1, 1, 2), (report.NewClients, report.NewCases, report.Consultations));
        var client = await App.InDatabaseAsync(db => db.Clients.SingleAsync());
        Assert.Equal(("Үсөнбаев", "Нурлан", "Өмүрбекович"), (client.Name.FamilyName, client.Name.GivenName, client.Name.Patronymic));
        var @case = await App.InDatabaseAsync(db => db.Cases.Include(c => c.Consultations).SingleAsync());
        Assert.Equal(new DateOnly(2026, 3, 10), @case.OpenedOn);
        Assert.Equal("MOW-2026-00001", @case.Number);
        Assert.Equal(2, @case.Consultations.Count);
    }
}
