using LegalAid.Application.Common.Security;
using LegalAid.Application.Imports.CheckImport;
using LegalAid.Application.Imports.Common;
using LegalAid.Application.Imports.RunImport;
using LegalAid.Application.Imports.UploadImport;
using Microsoft.EntityFrameworkCore;

namespace LegalAid.Application.Tests.Imports;

/// <summary>Tests of the import act as the Moscow centre's coordinator, whose staff member is the centre's lawyer.</summary>
public abstract class ImportTest(IReadOnlyDictionary<string, string?>? settings = null) : ApplicationTest(settings)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
    }

    protected async Task<(int Id, ImportReport Report)> CheckAsync(byte[] content, string fileName = "клиенты.csv")
    {
        var id = await App.SendAsync(new UploadImport(fileName, content));
        return (id, await App.SendAsync(new CheckImport(id)));
    }

    protected async Task<ImportReport> ImportAsync(byte[] content, string fileName = "клиенты.csv", bool skipRejected = false)
    {
        var (id, _) = await CheckAsync(content, fileName);
        return await App.SendAsync(new RunImport(id, skipRejected));
    }

    protected Task<(int Clients, int Cases, int Consultations)> CountsAsync() => App.InDatabaseAsync(async db =>
        (await db.Clients.CountAsync(), await db.Cases.CountAsync(), await db.Consultations.CountAsync()));
}
