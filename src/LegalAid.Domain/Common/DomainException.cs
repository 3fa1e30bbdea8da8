namespace LegalAid.Domain.Common;

/// <summary>
/// A domain rule was broken. <see cref="Code"/> names the rule so outer layers can show a
/// localised message; <see cref="Field"/> names the input that broke it, when there is one;
/// <see cref="MaxLength"/> is the limit a too-long text broke and <see cref="Bound"/> the day a date rule compares with,
/// which their messages name; <see cref="Others"/> are the
/// rules the same change broke besides it, so that a form shows them all at once.
/// </summary>
public sealed class DomainException(string code, string field, string message) : Exception(message)
{
    public string Code { get; } = code;

    public string Field { get; } = field;

    public int? MaxLength { get; init; }

    public DateOnly? Bound { get; init; }

    public IReadOnlyList<DomainException> Others { get; init; } = [];

    /// <summary>This rule and <see cref="Others"/>.</summary>
    public IEnumerable<DomainException> All => Others.Prepend(this);
}
