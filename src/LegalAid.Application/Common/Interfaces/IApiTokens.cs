namespace LegalAid.Application.Common.Interfaces;

/// <summary>Personal API tokens: a spreadsheet or BI tool calls the API as the account that issued the token.</summary>
public interface IApiTokens
{
    Task<IReadOnlyList<ApiTokenSummary>> ListAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Only a hash is stored; the returned secret is shown once.</summary>
    Task<IssuedApiToken> IssueAsync(string userId, string name, DateTime expiresAtUtc, CancellationToken cancellationToken);

    Task<bool> RevokeAsync(string userId, int tokenId, CancellationToken cancellationToken);

    /// <summary>
    /// Revokes every token of the account that still works and returns how many. A new password does this: a token is
    /// as good as the password, and a person who fears the password was seen changes it.
    /// </summary>
    Task<int> RevokeAllAsync(string userId, CancellationToken cancellationToken);
}

public sealed record ApiTokenSummary(int Id, string Name, string Prefix, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? LastUsedAtUtc, DateTime? RevokedAtUtc)
{
    /// <summary>The reader's time zone, in which the page shows the times.</summary>
    public string TimeZoneId { get; init; } = string.Empty;
}

public sealed record IssuedApiToken(int Id, string Secret, DateTime ExpiresAtUtc);
