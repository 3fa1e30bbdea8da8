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
}
