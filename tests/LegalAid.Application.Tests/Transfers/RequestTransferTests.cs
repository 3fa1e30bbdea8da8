using LegalAid.Application.Clients.GetClient;
using LegalAid.Application.Common.Exceptions;
using LegalAid.Application.Resources;
using LegalAid.Application.Transfers.DeclineTransfer;
using LegalAid.Application.Transfers.GetTransfer;
using LegalAid.Application.Transfers.ListTransfers;
using LegalAid.Application.Transfers.ProposeTransfer;
using LegalAid.Application.Transfers.RequestTransfer;
using LegalAid.Domain.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LegalAid.Application.Tests.Transfers;

public sealed class RequestTransferTests : TransferTest
{
    [Fact]
    public async Task TheRequester_LearnsNothingAboutTheClient_UntilTheTransferIsAccepted()
    {
        var (clientId, open, _) = await MoscowClientAsync();
        var transferId = await RequestFromMoscowAsync();

        ActAsCoordinatorOf(Moscow);
        var request = await App.SendAsync(new GetTransfer(transferId));
        Assert.Equal(clientId, Assert.Single(request.Candidates).Id);
        await App.SendAsync(new ProposeTransfer { TransferId = transferId, Version = request.Version, ClientId = clientId, CaseIds = open });

        foreach (var asKazan in new Action[] { () => App.ActAsLawyerOf(Kazan), () => ActAsCoordinatorOf(Kazan) })
        {
            asKazan();
            var seen = await App.SendAsync(new GetTransfer(transferId));
            var listed = Assert.Single((await App.SendAsync(new ListTransfers())).Transfers.Items);
            Assert.Equal(TransferStatus.Proposed, seen.Status);
            Assert.Equal((null, null, 1), (seen.ClientId, seen.ClientName, seen.CaseCount));
            Assert.Empty(seen.Cases);
            Assert.Empty(seen.Candidates);
            Assert.Equal((null, null), (listed.ClientId, listed.ClientName));
            await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetClient(clientId)));
        }

        var kazanTrail = await App.InDatabaseAsync(db => db.AuditEntries.Where(e => e.CentreId == TestApp.Kazan).ToListAsync());
        Assert.DoesNotContain(kazanTrail, e => (e.Changes ?? string.Empty).Contains($"\"ClientId\":[null,{clientId}]", StringComparison.Ordinal)
            || (e.Details ?? string.Empty).Contains($"client={clientId}", StringComparison.Ordinal));

        await AcceptInKazanAsync(transferId, version: 1);

        App.ActAsLawyerOf(Kazan);
        var accepted = await App.SendAsync(new GetTransfer(transferId));
        Assert.Equal((clientId, "Үсөнбаев Нурлан Өмүрбекович"), (accepted.ClientId, accepted.ClientName));
        Assert.Equal(open, accepted.Cases.Select(c => c.Id));
    }

    [Fact]
    public async Task AnAnswer_WithoutTheRequestsVersion_OrNamingAnotherCentre_IsRefusedByField()
    {
        var (clientId, open, _) = await MoscowClientAsync();
        var transferId = await RequestFromMoscowAsync();
        ActAsCoordinatorOf(Moscow);

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new ProposeTransfer { TransferId = transferId, ToCentreId = TestApp.Chelyabinsk, ClientId = clientId, CaseIds = open }));

        Assert.Equal([nameof(ProposeTransfer.ToCentreId), nameof(ProposeTransfer.Version)], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([Messages.AnswerGoesToTheAskingCentre], refused.Errors[nameof(ProposeTransfer.ToCentreId)]);
        Assert.Equal(TransferStatus.Requested, (await App.SendAsync(new GetTransfer(transferId))).Status);
    }

    [Fact]
    public async Task ARequest_WaitsForTheHoldingCentre_AndCarriesOnlyWhatTheRequesterTyped()
    {
        await MoscowClientAsync();
        var transferId = await RequestFromMoscowAsync();

        var request = await App.SendAsync(new GetTransfer(transferId));
        ActAsCoordinatorOf(Moscow);
        var awaiting = await App.SendAsync(new ListTransfers());

        Assert.Equal(TransferStatus.Requested, request.Status);
        Assert.Equal(new PersonSought("Үсөнбаев", "Нурлан", "Өмүрбекович", 1990, new DateOnly(1990, 5, 17), "+79161234567"), request.Sought);
        Assert.False(request.MayDecide);
        Assert.True(request.MayWithdraw);
        Assert.Equal(1, awaiting.AwaitingMe);
        Assert.True(Assert.Single(awaiting.Transfers.Items).AwaitsMe);
    }

    [Fact]
    public async Task ARequestToOnesOwnCentreOrAnUnknownOneOrNone_IsRefusedByField_WithOneMessage()
    {
        App.ActAsLawyerOf(Kazan);
        foreach (var code in new[] { "KZN", "XXX", null })
        {
            var refused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
                App.SendAsync(new RequestTransfer { CentreCode = code, FamilyName = "Юлдашев", GivenName = "Азиз" }));
            var message = Assert.Single(refused.Errors[nameof(RequestTransfer.CentreCode)]);
            if (code is null)
            {
                Assert.StartsWith("Выберите значение в поле «", message, StringComparison.Ordinal);
            }
        }

        var unnamed = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(new RequestTransfer { CentreCode = "MOW" }));
        Assert.Contains(nameof(RequestTransfer.FamilyName), unnamed.Errors.Keys);
        Assert.Equal(0, await App.InDatabaseAsync(db => db.ClientTransfers.CountAsync()));
    }

    [Fact]
    public async Task APersonKnownByTheYearOfBirthOnly_IsRequestedWithIt_AYearThatIsNotTheDatesIsRefused()
    {
        App.ActAsLawyerOf(Kazan);

        var byYear = await App.SendAsync(new RequestTransfer { CentreCode = "MOW", FamilyName = "Юлдашев", GivenName = "Азиз", Patronymic = "  Бахтиёрович ", BirthYear = 1988 });
        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new RequestTransfer { CentreCode = "MOW", FamilyName = "Юлдашев", GivenName = "Азиз", DateOfBirth = new DateOnly(1988, 3, 1), BirthYear = 1987 }));

        Assert.Equal(new PersonSought("Юлдашев", "Азиз", "Бахтиёрович", 1988, null, null), (await App.SendAsync(new GetTransfer(byYear))).Sought);
        Assert.Equal([Messages.BirthYearMismatch], refused.Errors[nameof(RequestTransfer.BirthYear)]);
        Assert.Equal(1, await App.InDatabaseAsync(db => db.ClientTransfers.CountAsync()));
    }

    [Fact]
    public async Task ASecondRequestForTheSamePerson_WhileTheFirstIsUnanswered_IsRefusedNamingIt_AfterADeclineItMayBeAskedAgain()
    {
        App.ActAsLawyerOf(Kazan);
        var person = new RequestTransfer { CentreCode = "MOW", FamilyName = "Юлдашев", GivenName = "Азиз", BirthYear = 1988 };
        var first = await App.SendAsync(person);

        var again = await Assert.ThrowsAsync<InvalidRequestException>(() => App.SendAsync(person with { BirthYear = null, Phone = "+79161234567" }));
        var bornAnotherYear = await App.SendAsync(person with { BirthYear = 1990 });
        ActAsCoordinatorOf(Moscow);
        await App.SendAsync(new DeclineTransfer { Id = first, Version = 0, Reason = "Такого клиента у нас нет." });
        App.ActAsLawyerOf(Kazan);
        var afterTheDecline = await App.SendAsync(person);

        Assert.Equal([string.Format(Messages.Culture, Messages.TransferAlreadyRequested, first)], again.Errors[string.Empty]);
        Assert.NotEqual(first, bornAnotherYear);
        Assert.Equal(3, await App.InDatabaseAsync(db => db.ClientTransfers.CountAsync()));
        Assert.NotEqual(first, afterTheDecline);
    }

    [Fact]
    public async Task ARequestKeptBeforeTheYearWas_HasItsDatesYear_WhenTheDatabaseIsMigrated()
    {
        await MoscowClientAsync();
        var transferId = await RequestFromMoscowAsync();
        await App.InDatabaseAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261206183409_ReferralResultNote");
            await migrator.MigrateAsync();
            return 0;
        });

        Assert.Equal((1990, (DateOnly?)new DateOnly(1990, 5, 17)), await App.InDatabaseAsync(db => db.ClientTransfers.Where(t => t.Id == transferId).Select(t => ValueTuple.Create(t.Sought!.BirthYear, t.Sought.BirthDate)).SingleAsync()));
    }

    [Theory]
    [InlineData("not a phone!!")]
    [InlineData("8 916 CALL-ME")]
    [InlineData("12345")]
    public async Task ARequestWithSomethingElseThanAPhoneNumber_IsRefusedOnThePhone(string phone)
    {
        App.ActAsLawyerOf(Kazan);

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            App.SendAsync(new RequestTransfer { CentreCode = "MOW", FamilyName = "Юлдашев", GivenName = "Азиз", Phone = phone }));

        Assert.Equal([Messages.InvalidPhone], refused.Errors[nameof(RequestTransfer.Phone)]);
        Assert.Equal(0, await App.InDatabaseAsync(db => db.ClientTransfers.CountAsync()));
    }

    [Theory]
    [InlineData("0555 123 456", "0555123456")]
    [InlineData("+992 93 555 1234", "+992935551234")]
    [InlineData("8 (916) 123-45-67", "89161234567")]
    public async Task ARequestWithANumberOfAnyOfTheProgrammesCountries_KeepsItsDigits(string phone, string kept)
    {
        App.ActAsLawyerOf(Kazan);

        var transferId = await App.SendAsync(new RequestTransfer { CentreCode = "MOW", FamilyName = "Юлдашев", GivenName = "Азиз", Phone = phone });

        Assert.Equal(kept, (await App.SendAsync(new GetTransfer(transferId))).Sought?.Phone);
    }
}
