using LegalAid.Application.Audit.FindAuditEntries;
using LegalAid.Application.Cases.GetCase;
using LegalAid.Application.Cases.GetDocument;
using LegalAid.Application.Cases.UploadDocument;
using LegalAid.Application.Cases.VoidDocument;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Interfaces;
using LegalAid.Application.Common.Security;
using LegalAid.Domain.Auditing;
using LegalAid.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalAid.Application.Tests.Cases;

public sealed class VoidDocumentTests : ApplicationTest
{
    [Fact]
    public async Task AnotherClientsPassport_LeavesTheStore_WhileTheRecordOfItStays()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new UploadDocument(caseId, "паспорт Рахмонова.pdf", Requests.Pdf));
        var key = await App.InDatabaseAsync(db => db.CaseDocuments.Where(d => d.Id == id).Select(d => d.StorageKey).SingleAsync());
        Assert.True(await StoredAsync(key));

        var version = await App.SendAsync(new VoidDocument { CaseId = caseId, DocumentId = id, Reason = "Паспорт другого клиента" });

        Assert.Equal(1, version);
        Assert.False(await StoredAsync(key));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetDocument(caseId, id)));
        Assert.Empty((await App.SendAsync(new GetCase(caseId))).Documents);
        var voided = Assert.Single((await App.SendAsync(new GetCase(caseId, IncludeVoided: true))).Documents);
        Assert.Equal(("паспорт Рахмонова.pdf", "Паспорт другого клиента"), (voided.FileName, voided.VoidReason));
    }

    [Fact]
    public async Task TheAuditTrail_KeepsThatTheDocumentWasThere_NotItsContent()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new UploadDocument(caseId, "паспорт.pdf", Requests.Pdf));

        await App.SendAsync(new VoidDocument { CaseId = caseId, DocumentId = id, Reason = "Паспорт другого клиента" });

        var trail = await App.InDatabaseAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(CaseDocument)).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditAction.Created, AuditAction.Updated], trail.Select(e => e.Action));
        Assert.Contains("\"FileName\":\"sealed\"", trail[0].Changes, StringComparison.Ordinal);
        Assert.Contains("\"VoidReason\":\"sealed\"", trail[1].Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("%PDF", string.Concat(trail.Select(e => e.Changes)), StringComparison.Ordinal);
        App.ActAs(Roles.Coordinator, TestApp.Moscow);
        var shown = (await App.SendAsync(new FindAuditEntries(EntityType: nameof(CaseDocument)))).Entries.Items;
        Assert.Equal("паспорт.pdf", shown.Single(e => e.Action == AuditAction.Created).Changes.Single(c => c.Field == "FileName").After);
        Assert.Equal("Паспорт другого клиента", shown.Single(e => e.Action == AuditAction.Updated).Changes.Single(c => c.Field == "VoidReason").After);
    }

    [Fact]
    public async Task AStaleVoid_IsAConflict_AndTheFileStays()
    {
        var caseId = await OpenCaseAsync();
        var id = await App.SendAsync(new UploadDocument(caseId, "договор.pdf", Requests.Pdf));
        var key = await App.InDatabaseAsync(db => db.CaseDocuments.Where(d => d.Id == id).Select(d => d.StorageKey).SingleAsync());

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => App.SendAsync(new VoidDocument { CaseId = caseId, DocumentId = id, Version = 7, Reason = "Ошибка" }));

        Assert.True(await StoredAsync(key));
    }

    private Task<bool> StoredAsync(string key) => App.InScopeAsync(services =>
    {
        try
        {
            using var file = services.GetRequiredService<IDocumentStore>().Open(key);
            return Task.FromResult(true);
        }
        catch (IOException)
        {
            return Task.FromResult(false);
        }
    });
}
