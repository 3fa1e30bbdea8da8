using LegalAid.Application.Statistics.Engine.Packs;

namespace LegalAid.Infrastructure.Persistence.StatisticsPacks;

/// <summary>A persisted fact pack (see <see cref="IStatisticsPackStore"/>): no names, no texts, only ids, dates and codes.</summary>
internal sealed class StatisticsPack
{
    public PackKind Kind { get; init; }

    public int Number { get; init; }

    /// <summary>Grows with every invalidation; a rebuilt pack is stored only under the stamp read before rebuilding.</summary>
    public int Stamp { get; init; }

    /// <summary>The encoded facts; null until rebuilt after an invalidation.</summary>
    public byte[]? Data { get; init; }
}
