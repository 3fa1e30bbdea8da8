using LegalAid.Domain.Common;

namespace LegalAid.Domain.Tests;

public sealed class MoneyTests
{
    [Fact]
    public void Of_KeepsAmountExactlyInMinorUnits()
    {
        var money = Money.Of(123456.78m);

        Assert.Equal(12345678, money.MinorUnits);
        Assert.Equal(123456.78m, money.Amount);
        Assert.Equal("RUB", money.Currency);
    }

    [Fact]
    public void Of_NegativeAmount_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Money.Of(-0.01m));

        Assert.Equal(DomainErrors.NegativeMoney, error.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("rub")]
    [InlineData("RUBL")]
    [InlineData("R1B")]
    public void Of_WithoutAValidCurrency_IsRefused(string currency)
    {
        var error = Assert.Throws<DomainException>(() => Money.Of(10m, currency));

        Assert.Equal(DomainErrors.InvalidCurrency, error.Code);
    }

    [Fact]
    public void Of_MoreThanTwoDecimals_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Money.Of(1.005m));

        Assert.Equal(DomainErrors.TooManyDecimals, error.Code);
    }
}
