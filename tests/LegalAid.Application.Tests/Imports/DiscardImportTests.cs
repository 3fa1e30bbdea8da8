using LegalAid.Application.Imports.Common;
using LegalAid.Application.Imports.DiscardImport;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Imports;

public sealed class DiscardImportTests : ImportTest
{
    [Fact]
    public async Task ADiscardedImport_KeepsNeitherFileNorRejectedRows_AndItsAuditEntryNamesTheFileAsAPair()
    {
        var rejected = ImportFile.OtherRow();
        rejected[ImportField.DateOfBirth] = "31.02.1995";
        var (id, report) = await CheckAsync(ImportFile.Utf8([ImportFile.Row(), rejected]), "клиенты; 2019.csv");
        Assert.Equal(1, report.Rejected);

        await App.SendAsync(new DiscardImport(id));

        var import = await App.InDatabaseAsync(db => db.DataImports.SingleAsync(i => i.Id == id));
        Assert.Equal((ImportStatus.Discarded, null, null), (import.Status, import.Content, import.Rejects));
        var details = await App.InDatabaseAsync(db => db.AuditEntries
            .Where(e => e.EntityType == nameof(DataImport) && e.Action == AuditAction.Deleted).Select(e => e.Details).SingleAsync());
        Assert.Equal("file=клиенты%3B 2019.csv", details);
    }
}
