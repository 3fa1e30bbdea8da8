namespace LegalAid.Infrastructure.Health;

public static class HealthTags
{
    /// <summary>Checks that must pass before a node takes requests: the database answers and its schema is current.</summary>
    public const string Ready = "ready";
}
