using LegalAid.Domain.Clients;
using LegalAid.Domain.Common;
using LegalAid.Domain.Transfers;

namespace LegalAid.Domain.Tests;

public sealed class TransferRequestTests
{
    [Fact]
    public void ADateOfBirth_GivesTheYear_AsAClientsDoes()
    {
        var request = ClientTransfer.Request(1, 2, new PersonSought("Юлдашев", "Азиз", " Бахтиёрович ", 1987, new DateOnly(1988, 3, 1), null), null, TestData.Actor());

        Assert.Equal(new PersonSought("Юлдашев", "Азиз", "Бахтиёрович", 1988, new DateOnly(1988, 3, 1), null), request.Sought);
    }

    [Theory]
    [InlineData(1905)]
    [InlineData(2027)]
    public void AYearOfBirthOutsideTheLast120Years_IsRefused(int year)
    {
        var error = Assert.Throws<DomainException>(() =>
            ClientTransfer.Request(1, 2, new PersonSought("Юлдашев", "Азиз", null, year, null, null), null, TestData.Actor()));

        Assert.Equal(DomainErrors.InvalidDateOfBirth, error.Code);
    }

    [Theory]
    [InlineData(null, "+79161234567")]
    [InlineData("+7 903 555-00-11", "+79035550011")]
    public void TheAcceptedClient_KeepsTheirOwnPhone_AndTakesTheOneAskedWithOnlyWhenTheyHadNone(string? phoneOnRecord, string expected)
    {
        var client = new Client(TestData.ClientDetails(phone: phoneOnRecord), registeringCentreId: 1, TestData.NowUtc);
        var transfer = ClientTransfer.Request(1, 2, new PersonSought("Үсөнбаев", "Нурлан", null, 1990, null, "+7 916 123-45-67"), null, TestData.Actor());
        transfer.Answer(client, [], null, TestData.Actor());

        transfer.Accept(client, [], lawyerId: 9, TestData.Actor());

        Assert.Equal((2, expected), (client.CentreId, client.Phone));
    }
}
