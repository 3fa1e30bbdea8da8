namespace LegalAid.Domain.Common;

/// <summary>
/// A record two people may edit at once. Persistence bumps <see cref="Version"/> on every
/// save and refuses an update whose version is stale.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}
