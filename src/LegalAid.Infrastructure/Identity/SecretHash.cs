using System.Security.Cryptography;
using System.Text;

namespace LegalAid.Infrastructure.Identity;

/// <summary>What the database keeps of a secret a client presents (an API token, a session key): its SHA-256, never the secret.</summary>
internal static class SecretHash
{
    public static string Of(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
