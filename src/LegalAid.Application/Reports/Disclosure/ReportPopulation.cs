namespace LegalAid.Application.Reports.Disclosure;

/// <summary>
/// The fewest clients a donor report may count when it counts any. Small-cell suppression hides counts from 1 to 4
/// but shows zeros, and among a handful of people the zeros say what all of them share: a report of one day at one
/// centre read "Tajikistan &lt;5, men &lt;5, aged 18–29 &lt;5, documents and work patent &lt;5" with every other row 0,
/// which tells anyone who knows that a man went there that day what his problem was. Among twenty or more, what they
/// all share is no more than a centre's usual clientele. A period in which nobody was advised describes nobody.
/// </summary>
public static class ReportPopulation
{
    public const int MinimumClients = 20;

    public static bool IsTooSmall(int clients) => clients is > 0 and < MinimumClients;
}
