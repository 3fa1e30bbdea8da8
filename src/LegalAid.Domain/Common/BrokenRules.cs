namespace LegalAid.Domain.Common;

/// <summary>
/// Checks a change's rules one after another and then refuses it for every one it broke, not only the first, so that
/// a form shows all its errors on one round trip.
/// </summary>
internal sealed class BrokenRules
{
    private readonly List<DomainException> broken = [];

    public BrokenRules Require(bool condition, string code, string field, string message)
    {
        if (!condition)
        {
            broken.Add(new DomainException(code, field, message));
        }

        return this;
    }

    /// <summary>A date no earlier than <paramref name="bound"/>, when there is one; the message names it.</summary>
    public BrokenRules RequireOnOrAfter(DateOnly date, DateOnly? bound, string code, string field, string message)
    {
        if (date < bound)
        {
            broken.Add(new DomainException(code, field, message) { Bound = bound });
        }

        return this;
    }

    public void ThrowIfAny()
    {
        if (broken.Count > 0)
        {
            throw new DomainException(broken[0].Code, broken[0].Field, broken[0].Message) { Bound = broken[0].Bound, Others = broken[1..] };
        }
    }
}
