namespace LegalAid.Application.Common.Exceptions;

/// <summary>The record does not exist, or the current user may not know that it does.</summary>
public sealed class NotFoundException(string entity, object key) : Exception($"{entity} {key} was not found.")
{
    public string Entity { get; } = entity;

    public object Key { get; } = key;
}
