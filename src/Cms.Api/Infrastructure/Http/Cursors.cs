using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Cms.Api.Infrastructure.Signing;

namespace Cms.Api.Infrastructure.Http;

/// <summary>A keyset position: the (publishedAt, id) of the last item a reader has seen.</summary>
internal readonly record struct Position(DateTime At, Guid Id);

/// <summary>
/// Opaque paging cursors: the full-precision position and a hash of the filters they were made
/// for, signed by the service. A tampered, foreign or mismatched cursor does not open.
/// </summary>
internal sealed class Cursors(Signer signer)
{
    private const int Length = 8 + 16 + 8;

    public string Create(Position position, string filters)
    {
        Span<byte> payload = stackalloc byte[Length];
        BinaryPrimitives.WriteInt64BigEndian(payload, position.At.Ticks);
        position.Id.TryWriteBytes(payload.Slice(8, 16), bigEndian: true, out _);
        FilterHash(filters).CopyTo(payload[24..]);
        return signer.Sign(payload);
    }

    /// <summary>The position a cursor holds, or why it cannot be used with these filters.</summary>
    public (Position? Position, string? Refusal) Open(string cursor, string filters)
    {
        if (signer.Verify(cursor) is not { Length: Length } payload)
        {
            return (null, "The cursor is not one this service made, or it was altered.");
        }

        if (!payload.AsSpan(24).SequenceEqual(FilterHash(filters)))
        {
            return (null, "The cursor was made for other filters; start again without a cursor.");
        }

        var at = new DateTime(BinaryPrimitives.ReadInt64BigEndian(payload), DateTimeKind.Utc);
        return (new Position(at, new Guid(payload.AsSpan(8, 16), bigEndian: true)), null);
    }

    private static byte[] FilterHash(string filters) => SHA256.HashData(Encoding.UTF8.GetBytes(filters))[..8];
}
