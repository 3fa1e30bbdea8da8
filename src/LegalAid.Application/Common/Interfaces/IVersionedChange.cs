namespace LegalAid.Application.Common.Interfaces;

/// <summary>
/// A change to a record two people may edit, made to the record as its sender read it: <see cref="Version"/> is the
/// version they read. It has no default: a request that leaves it out is refused, not taken as version 0.
/// </summary>
public interface IVersionedChange
{
    int Version { get; }
}
