using LegalAid.Application.Common.Models;
using LegalAid.Domain.Centres;

namespace LegalAid.Application.Lookups;

/// <summary>The reference data last read on this web server, with the stamp it was read at (see <see cref="ReferenceListReader"/>).</summary>
public sealed class ReferenceListCache
{
    private ReferenceData? latest;

    internal ReferenceData? At(Guid stamp) => Volatile.Read(ref latest) is { } kept && kept.Stamp == stamp ? kept : null;

    internal void Keep(ReferenceData data) => Volatile.Write(ref latest, data);
}

/// <summary>
/// The lists, the centres' records, which no request gets but as a copy of its own (they are shared), and the names of
/// every problem category, retired ones included, which records of the past still name.
/// </summary>
internal sealed record ReferenceData(Guid Stamp, ReferenceLists Lists, IReadOnlyList<Centre> Centres, IReadOnlyDictionary<int, LocalisedName> CategoryNames);
