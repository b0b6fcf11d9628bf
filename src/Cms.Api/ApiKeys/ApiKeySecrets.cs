using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Cms.Api.ApiKeys;

/// <summary>
/// Key secrets: "cms_" and 43 random base64url characters. Only a SHA-256 hash is stored
/// (the secret is high-entropy, so a slow hash buys nothing); the first characters find the row.
/// </summary>
internal static class ApiKeySecrets
{
    public const int PrefixLength = 12;
    public const int MinimumLength = 24;

    public static string Generate() => "cms_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string PrefixOf(string key) => key.Length <= PrefixLength ? key : key[..PrefixLength];

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(string key, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(key), storedHash);
}
