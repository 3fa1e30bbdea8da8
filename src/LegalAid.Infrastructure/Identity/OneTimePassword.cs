using System.Security.Cryptography;

namespace LegalAid.Infrastructure.Identity;

/// <summary>Random passwords for new accounts and resets: 20 characters from an alphabet without look-alikes.</summary>
internal static class OneTimePassword
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_";

    public static string Create() => RandomNumberGenerator.GetString(Alphabet, 20);
}
