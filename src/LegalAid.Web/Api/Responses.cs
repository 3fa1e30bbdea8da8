namespace LegalAid.Web.Api;

/// <summary>The id of a record the request created.</summary>
internal sealed record Created(int Id);

/// <summary>The record's version after the change; send it with the next edit.</summary>
internal sealed record Saved(int Version);

/// <summary>How many open cases went to the other lawyer.</summary>
internal sealed record Reassigned(int Cases);
