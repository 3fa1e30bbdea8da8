namespace LegalAid.Domain.Common;

/// <summary>
/// An amount of money in minor units (kopecks for RUB), so sums stay exact in every database.
/// Never negative; always has an ISO 4217 currency.
/// </summary>
public sealed record Money
{
    public const string Rouble = "RUB";

    private Money()
    {
        Currency = Rouble;
    }

    private Money(long minorUnits, string currency)
    {
        MinorUnits = minorUnits;
        Currency = currency;
    }

    public long MinorUnits { get; private init; }

    public string Currency { get; private init; }

    public decimal Amount => MinorUnits / 100m;

    public static Money Zero(string currency = Rouble) => Of(0m, currency);

    public static Money Of(decimal amount, string currency = Rouble, string field = "Amount")
    {
        Guard.Require(amount >= 0, DomainErrors.NegativeMoney, field, "An amount of money cannot be negative.");
        Guard.Require(
            currency is { Length: 3 } && currency.All(char.IsAsciiLetterUpper),
            DomainErrors.InvalidCurrency,
            field,
            "A currency is a three-letter ISO 4217 code.");
        Guard.Require(decimal.Round(amount, 2) == amount, DomainErrors.TooManyDecimals, field, "An amount has at most two decimals.");
        return new Money((long)(amount * 100m), currency);
    }

    public override string ToString() => $"{Amount:0.00} {Currency}";
}
