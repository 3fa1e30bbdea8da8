using LegalAid.Application.Common.Models;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Exports.ExportConsultations;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Consultations;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Exports;

public sealed class ExportConsultationsTests : ExportTest
{
    [Fact]
    public async Task ShouldExportTheConsultationsInCentreTimeFilteredByChannel()
    {
        var caseId = await OpenCaseAsync();
        await App.SendAsync(Requests.LogConsultation(caseId));
        await App.SendAsync(Requests.LogConsultation(caseId) with { HeldAt = new DateTime(2026, 3, 12, 9, 0, 0), Channel = ConsultationChannel.Phone, Summary = "Звонок." });
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        var all = CsvRows(await App.SendAsync(new ExportConsultations(ExportFormat.Csv)));
        var phone = XlsxRows(await App.SendAsync(new ExportConsultations(ExportFormat.Xlsx, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), ConsultationChannel.Phone)));

        Assert.Equal(3, all.Count);
        Assert.Equal(["MOW-2026-00001", "2026-03-10 14:30:00", "Лично"], [all[1][1], all[1][4], all[1][5]]);
        var call = Assert.Single(phone);
        Assert.Equal((new DateTime(2026, 3, 12, 9, 0, 0), "Телефон", "Звонок."), ((DateTime)call["Дата и время"]!, (string)call["Канал"]!, (string)call["Содержание"]!));
        var audited = await App.InDatabaseAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.Exported).OrderBy(e => e.Id).Select(e => e.Details).ToListAsync());
        Assert.Equal("heldFrom=2026-03-01; heldTo=2026-03-31; channel=Phone; lawyer=; category=; format=Xlsx; rows=1", audited[^1]);
    }
}
