using LegalAid.Application.Common.Interfaces;

namespace LegalAid.Benchmarks;

/// <summary>The benchmarks send each command once, as a script calling the API without an <c>Idempotency-Key</c> does.</summary>
internal sealed class NoSubmissionKey : ISubmissionKey
{
    public string? Value => null;
}
