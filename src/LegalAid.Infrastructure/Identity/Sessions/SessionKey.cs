using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace LegalAid.Infrastructure.Identity.Sessions;

/// <summary>The random key a session cookie carries, and which session the current request belongs to.</summary>
internal static class SessionKey
{
    private static readonly object CurrentItem = new();

    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static void MarkCurrent(HttpContext context, string keyHash) => context.Items[CurrentItem] = keyHash;

    /// <summary>The key hash of the session the request came with (or just signed in to); null for API tokens and anonymous requests.</summary>
    public static string? CurrentHash(HttpContext? context) => context?.Items[CurrentItem] as string;
}
