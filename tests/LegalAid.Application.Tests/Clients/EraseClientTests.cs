using System.Globalization;
using LegalAid.Application.Audit.VerifyAuditTrail;
using LegalAid.Application.Clients.EraseClient;
using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Clients.PreviewErasure;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Common.Reports;
using LegalAid.Application.Common.Security;
using LegalAid.Application.Tests.Common;
using LegalAid.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LegalAid.Application.Tests.Clients;

public sealed class EraseClientTests : ApplicationTest
{
    private const string PreviousMigration = "20261201051806_ReferenceDataStamp";
    private const string Reason = "Письменное заявление клиента от 14.03.2026, вх. № 17";

    [Fact]
    public async Task AnErasedClient_LeavesNoTraceInTheDatabaseFileItsLogOrTheDocuments_WhatIsCountedStays()
    {
        var person = await PersonOnFile.CreateAsync(App);
        var before = await ProgrammeFigures.ReadAsync(App, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        Assert.NotEmpty(await PersonOnFile.TracesAsync(App));
        App.ActAs(Roles.Administrator, null);

        var done = await App.SendAsync(new EraseClient { ClientId = person.ClientId, Reason = Reason, Confirmed = true });

        Assert.Equal(person.ClientId, done.ClientId);
        Assert.Empty(await PersonOnFile.TracesAsync(App));
        Assert.False(File.Exists(DocumentPath(person)));
        Assert.Equal(before, await ProgrammeFigures.ReadAsync(App, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)));
        var client = await App.InDatabaseAsync(db => db.Clients.IgnoreQueryFilters().SingleAsync(c => c.Id == person.ClientId));
        Assert.Equal((string.Empty, (int?)1988, App.Today), (client.Name.FamilyName, client.BirthYear, client.AnonymisedOn));
        Assert.False(client.NameIsCyrillic, "Lists sort by the name's script, so the erased row must not keep it.");
    }

    [Fact]
    public async Task AClientErasedBeforeTheScriptWasCleared_ForgetsItWhenTheDatabaseIsMigrated_OthersKeepTheirs()
    {
        var erased = await PersonOnFile.CreateAsync(App);
        var kept = await App.SendAsync(Requests.RegisterClient() with { FamilyName = "Өмүрбеков", GivenName = "Нурлан" });
        App.ActAs(Roles.Administrator, null);
        await App.SendAsync(new EraseClient { ClientId = erased.ClientId, Reason = Reason, Confirmed = true });
        await App.InDatabaseAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(PreviousMigration);
            await db.Database.ExecuteSqlAsync($"UPDATE Clients SET NameIsCyrillic = 1 WHERE Id = {erased.ClientId}");
            await migrator.MigrateAsync();
            return 0;
        });

        var scripts = await App.InDatabaseAsync(db => db.Clients.IgnoreQueryFilters()
            .Where(c => c.Id == erased.ClientId || c.Id == kept).OrderBy(c => c.Id == kept).Select(c => c.NameIsCyrillic).ToListAsync());
        Assert.Equal([false, true], scripts);
    }

    [Fact]
    public async Task TheTrailKeepsThatTheErasureHappened_ByWhomAndWhy_AndNothingOfThePerson()
    {
        var person = await PersonOnFile.CreateAsync(App);
        App.ActAs(Roles.Administrator, null);

        await App.SendAsync(new EraseClient { ClientId = person.ClientId, Reason = Reason, Confirmed = true });

        var entry = await App.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Erased));
        Assert.Equal(
            ("Client", person.ClientId.ToString(CultureInfo.InvariantCulture), "administrator.@test", (int?)TestApp.Moscow, $"reason={Reason}"),
            (entry.EntityType, entry.EntityId, entry.UserName, entry.CentreId, entry.Details));
        Assert.Null(entry.Sealed);
        Assert.Null(entry.Changes);
        Assert.Equal(0, await AuditKeysOfAsync(person.ClientId));
        Assert.True(await App.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.SealedFor == person.ClientId.ToString(CultureInfo.InvariantCulture))));
        Assert.True((await App.SendAsync(new VerifyAuditTrail())).IsIntact);
    }

    [Fact]
    public async Task AFailureBeforeTheCommit_ErasesNothing_TheDocumentIncluded()
    {
        var person = await PersonOnFile.CreateAsync(App);
        await App.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(
            $"CREATE TRIGGER DiskFull BEFORE INSERT ON AuditEntries WHEN NEW.Action = {(int)AuditAction.Erased} BEGIN SELECT RAISE(ABORT, 'disk full'); END;"));
        App.ActAs(Roles.Administrator, null);

        await Assert.ThrowsAsync<DbUpdateException>(() => App.SendAsync(new EraseClient { ClientId = person.ClientId, Reason = Reason, Confirmed = true }));

        App.ActAsLawyerOf(TestApp.Moscow);
        var client = await App.SendAsync(new GetClient(person.ClientId));
        Assert.Equal(("Жээнбекова", (DateOnly?)null), (client.FamilyName, client.AnonymisedOn));
        Assert.True(File.Exists(DocumentPath(person)));
        Assert.Equal(1, await App.InDatabaseAsync(db => db.CaseDocuments.CountAsync(d => d.StorageKey == person.DocumentKey)));
        Assert.Equal(1, await AuditKeysOfAsync(person.ClientId));
    }

    [Theory]
    [InlineData("Просьба Жээнбековой от 14.03.2026")]
    [InlineData("jeenbekova asked by e-mail")]
    [InlineData("Позвонила с 926 555 01 99")]
    [InlineData("Клиентка 23.11.1988 г. р.")]
    public async Task AReasonThatNamesThePerson_IsRefused_AndNothingIsErased(string reason)
    {
        var person = await PersonOnFile.CreateAsync(App);
        App.ActAs(Roles.Administrator, null);

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new EraseClient { ClientId = person.ClientId, Reason = reason, Confirmed = true }));

        Assert.Equal("Reason", Assert.Single(refused.Errors.Keys));
        Assert.NotEmpty(await PersonOnFile.TracesAsync(App));
        Assert.False(await App.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Erased)));
    }

    [Fact]
    public async Task AReasonNamingSomeoneElse_IsRefusedQuotingWhatReadsAsPersonalData()
    {
        var person = await PersonOnFile.CreateAsync(App);
        App.ActAs(Roles.Administrator, null);
        using var _ = ReportLanguage.Use("ru");

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(
            new EraseClient { ClientId = person.ClientId, Reason = "Заявление передал Одинаев Рустам, тел. +7 917 123-45-67", Confirmed = true }));

        var message = Assert.Single(refused.Errors["Reason"]);
        Assert.StartsWith("Похоже на персональные данные: «Одинаев Рустам», «+7 917 123-45-67».", message, StringComparison.Ordinal);
        Assert.NotEmpty(await PersonOnFile.TracesAsync(App));
    }

    [Fact]
    public async Task WithoutAReasonAndAConfirmation_NothingIsErased()
    {
        var person = await PersonOnFile.CreateAsync(App);
        App.ActAs(Roles.Administrator, null);

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new EraseClient { ClientId = person.ClientId }));

        Assert.Equal(["Confirmed", "Reason"], refused.Errors.Keys.Order());
        Assert.NotEmpty(await PersonOnFile.TracesAsync(App));
    }

    [Fact]
    public async Task OnlyAnAdministrator_Erases()
    {
        var person = await PersonOnFile.CreateAsync(App);
        App.ActAs(Roles.Coordinator, TestApp.Moscow);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => App.SendAsync(new EraseClient { ClientId = person.ClientId, Reason = Reason, Confirmed = true }));
    }

    [Fact]
    public async Task ThePreview_ShowsTheClientsCentreAndCases_AndANumberNoClientHasIsRefusedWithThatNumber()
    {
        var person = await PersonOnFile.CreateAsync(App);
        App.ActAs(Roles.Administrator, null);

        var preview = await App.SendAsync(new PreviewErasure(person.ClientId));
        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new PreviewErasure(person.ClientId + 1000)));

        Assert.Equal((person.ClientId, "MOW"), (preview.Id, preview.CentreCode));
        Assert.NotEmpty(preview.CaseNumbers);
        Assert.NotEqual(default, preview.ConsentGivenOn);
        Assert.Equal($"Клиента с номером {person.ClientId + 1000} нет. Проверьте номер, который назвал юрист.", Assert.Single(refused.Errors["ClientId"]));
    }

    [Fact]
    public async Task ThePreview_GivesTheDayOfRegistrationAtTheClientsCentre()
    {
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 15, 22, 30, 0, TimeSpan.Zero));
        var person = await PersonOnFile.CreateAsync(App);
        App.ActAs(Roles.Administrator, null);

        var preview = await App.SendAsync(new PreviewErasure(person.ClientId));

        Assert.Equal(new DateOnly(2026, 3, 16), preview.RegisteredOn);
    }

    private Task<int> AuditKeysOfAsync(int clientId) =>
        App.InDatabaseAsync(db => db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM ClientKeys WHERE ClientId = {clientId}").SingleAsync());

    private string DocumentPath(PersonOnFile person) => Path.Combine(App.Folder, "App_Data", "documents", person.DocumentKey[..2], person.DocumentKey);
}
