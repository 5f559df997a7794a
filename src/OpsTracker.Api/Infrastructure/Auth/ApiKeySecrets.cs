using System.Security.Cryptography;
using System.Text;

namespace OpsTracker.Api.Infrastructure.Auth;

/// <summary>Makes new keys and hashes presented ones.</summary>
public static class ApiKeySecrets
{
    /// <summary>
    /// Starts every generated key, so a leaked key is recognisable in logs, chat or a repository (and secret
    /// scanners can be taught to look for it).
    /// </summary>
    public const string Prefix = "opk_";

    /// <summary>32 random bytes (256 bits) as URL-safe base64: safe in a header, a shell variable or a URL.</summary>
    public static string NewKey() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// SHA-256 of the key's UTF-8 text. A slow, salted password hash (PBKDF2, Argon2) protects low-entropy secrets
    /// that people choose against guessing; a generated key has 256 random bits, which no amount of guessing finds,
    /// so a fast unsalted hash is as safe here and lets each request find its key by an index lookup on the hash.
    /// </summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>
    /// Compares two hashes in constant time, so how long a comparison takes says nothing about how much of a guess
    /// was right.
    /// </summary>
    public static bool SameHash(byte[] a, byte[] b) => CryptographicOperations.FixedTimeEquals(a, b);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
