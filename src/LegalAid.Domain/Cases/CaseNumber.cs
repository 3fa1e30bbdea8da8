using System.Globalization;

namespace LegalAid.Domain.Cases;

/// <summary>A case's human-readable number, unique per centre and year: <c>MOW-2026-00042</c>.</summary>
public sealed record CaseNumber(string CentreCode, int Year, int Sequence)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{CentreCode}-{Year:0000}-{Sequence:00000}");
}
