using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Cms.Api.Infrastructure.Signing;

/// <summary>
/// HMAC-SHA256 over opaque tokens (preview links, paging cursors): "payload.signature", both
/// base64url. The key is Cms:Signing:Key, shared by every instance.
/// </summary>
internal sealed class Signer
{
    private readonly byte[] _key;

    public Signer(IOptions<SigningOptions> options, ILogger<Signer> logger)
    {
        if (options.Value.Key is { Length: > 0 } configured)
        {
            if (configured.Length < 32)
            {
                throw new InvalidOperationException("Cms:Signing:Key must be at least 32 characters.");
            }

            _key = Encoding.UTF8.GetBytes(configured);
        }
        else
        {
            _key = RandomNumberGenerator.GetBytes(32);
            logger.LogWarning("Cms:Signing:Key is not set: preview links and cursors are signed with a random key and stop working when this process ends");
        }
    }

    public string Sign(ReadOnlySpan<byte> payload) =>
        Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload));

    /// <summary>The payload of a token this service signed; null for anything else (tampered, foreign, malformed).</summary>
    public byte[]? Verify(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            var signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
            return CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload)) ? payload : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
