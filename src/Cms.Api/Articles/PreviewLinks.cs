using System.Buffers.Binary;
using Cms.Api.Infrastructure;
using Cms.Api.Infrastructure.Signing;
using Microsoft.Extensions.Options;

namespace Cms.Api.Articles;

/// <summary>Signed, expiring tokens that let a front end preview one article without an API key.</summary>
internal sealed class PreviewLinks(Signer signer, TimeProvider clock, IOptions<PreviewOptions> options)
{
    public const string RoutePrefix = "/api/v1/preview/";

    public (string Token, DateTime ExpiresAt) Create(Guid articleId)
    {
        var expiresAt = clock.GetUtcNow().Add(options.Value.LinkLifetime);
        Span<byte> payload = stackalloc byte[24];
        articleId.TryWriteBytes(payload[..16], bigEndian: true, out _);
        BinaryPrimitives.WriteInt64BigEndian(payload[16..], expiresAt.ToUnixTimeSeconds());
        return (signer.Sign(payload), DateTimeOffset.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds()).UtcDateTime);
    }

    /// <summary>The article a token opens, or why it does not.</summary>
    public (Guid? ArticleId, string? Refusal) Open(string token)
    {
        if (signer.Verify(token) is not { Length: 24 } payload)
        {
            return (null, "This preview link is not valid.");
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(16)));
        return clock.GetUtcNow() >= expiresAt
            ? (null, "This preview link has expired; ask for a new one.")
            : (new Guid(payload.AsSpan(0, 16), bigEndian: true), null);
    }
}
