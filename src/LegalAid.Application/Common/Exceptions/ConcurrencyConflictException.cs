namespace LegalAid.Application.Common.Exceptions;

/// <summary>Someone else saved the record since the user loaded it; their change is kept.</summary>
public sealed class ConcurrencyConflictException(string entity, object key)
    : Exception($"{entity} {key} was changed by someone else.")
{
    public string Entity { get; } = entity;

    public object Key { get; } = key;
}
