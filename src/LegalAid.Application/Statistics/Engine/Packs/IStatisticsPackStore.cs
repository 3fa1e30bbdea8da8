namespace LegalAid.Application.Statistics.Engine.Packs;

/// <summary>
/// The persisted fact packs. A change to a record that a pack holds invalidates that pack in the change's own
/// transaction (its data goes, its stamp grows); a reader rebuilds it from the records and stores it only if its stamp
/// has not grown meanwhile, so a pack built from records older than a committed change is never kept.
/// </summary>
public interface IStatisticsPackStore
{
    /// <summary>
    /// The packs of these segments of one kind, each with its stamp and its data (null when it must be rebuilt); a segment
    /// never read before is registered first, so that a change from now on invalidates it.
    /// </summary>
    Task<IReadOnlyList<StoredPack>> ReadAsync(PackKind kind, IReadOnlyCollection<int> numbers, CancellationToken cancellationToken);

    /// <summary>
    /// Every segment's stamp added up: it grows with each committed change to the records the packs hold, so facts loaded
    /// after reading it are current until it grows again.
    /// </summary>
    Task<long> GenerationAsync(CancellationToken cancellationToken);

    /// <summary>Keeps a rebuilt pack unless its segment was invalidated after <paramref name="stamp"/> was read.</summary>
    Task StoreAsync(PackKind kind, int number, int stamp, byte[] data, CancellationToken cancellationToken);
}

public sealed record StoredPack(int Number, int Stamp, byte[]? Data);
