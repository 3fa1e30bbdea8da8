using LegalAid.Domain.Common;

namespace LegalAid.Application.Common.Exceptions;

public static class VersionCheck
{
    /// <summary>The loaded record, provided it exists and is still at the version the user edited.</summary>
    public static T ExpectVersion<T>(this T? entity, object id, int expectedVersion)
        where T : class, IVersioned
    {
        if (entity is null)
        {
            throw new NotFoundException(typeof(T).Name, id);
        }

        return entity.Version == expectedVersion ? entity : throw new ConcurrencyConflictException(typeof(T).Name, id);
    }
}
