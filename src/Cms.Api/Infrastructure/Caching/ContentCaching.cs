using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Cms.Api.Infrastructure.Caching;

/// <summary>How long browsers and CDNs may keep a content response, and serve it stale while revalidating.</summary>
internal sealed record CachePolicy(TimeSpan MaxAge, TimeSpan StaleWhileRevalidate)
{
    public string Header => $"public, max-age={(int)MaxAge.TotalSeconds}, stale-while-revalidate={(int)StaleWhileRevalidate.TotalSeconds}";
}

/// <summary>
/// Content responses are cache-friendly: a strong ETag that is a hash of the bytes sent (so any
/// change to what a response shows, a renamed read-also target included, changes it), 304 for a
/// matching If-None-Match, Cache-Control from the route's <see cref="CachePolicy"/>, and a
/// Surrogate-Key header naming what the response contains so a CDN can purge by key.
/// </summary>
internal static class ContentCaching
{
    private const string KeysItem = "cms.surrogate-keys";

    /// <summary>
    /// Makes a content route cacheable: by browsers and CDNs for <paramref name="maxAge"/>, and
    /// (unless its answer changes with time alone) in the service's own output cache for as long,
    /// varied by query, encoding and origin.
    /// </summary>
    public static TBuilder CacheFor<TBuilder>(this TBuilder builder, TimeSpan maxAge, TimeSpan staleWhileRevalidate, bool inService = true)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new CachePolicy(maxAge, staleWhileRevalidate));
        return inService
            ? builder.CacheOutput(policy => policy.Expire(maxAge).Tag(ContentCache.All).SetVaryByHeader(HeaderNames.AcceptEncoding, HeaderNames.Origin))
            : builder;
    }

    /// <summary>
    /// Names what the response contains (<c>article:{id}</c>, <c>category:{id}</c>, <c>lists</c>…):
    /// in the Surrogate-Key header for CDNs, and as the tags of the service's own cached copy.
    /// </summary>
    public static void AddSurrogateKeys(this HttpContext http, IEnumerable<string> keys)
    {
        if (http.Items[KeysItem] is not HashSet<string> set)
        {
            http.Items[KeysItem] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.UnionWith(keys);
        http.Response.Headers["Surrogate-Key"] = string.Join(' ', set.Order(StringComparer.Ordinal));
        if (http.Features.Get<Microsoft.AspNetCore.OutputCaching.IOutputCacheFeature>()?.Context.Tags is { } tags)
        {
            tags.UnionWith(set);
        }
    }

    public static IApplicationBuilder UseContentCaching(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!HttpMethods.IsGet(http.Request.Method) || http.GetEndpoint()?.Metadata.GetMetadata<CachePolicy>() is not { } policy)
        {
            await next(http);
            return;
        }

        var body = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = body;
        }

        var status = http.Response.StatusCode;
        if (status is StatusCodes.Status200OK or StatusCodes.Status301MovedPermanently)
        {
            var headers = http.Response.Headers;
            headers.CacheControl = policy.Header;

            if (status == StatusCodes.Status200OK)
            {
                var etag = $"\"{Base64Url.EncodeToString(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)).AsSpan(0, 16))}\"";
                headers.ETag = etag;
                if (Matches(http.Request.Headers.IfNoneMatch, etag))
                {
                    http.Response.StatusCode = StatusCodes.Status304NotModified;
                    http.Response.ContentLength = null;
                    headers.ContentType = default;
                    return;
                }
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(body, http.RequestAborted);
    });

    // If-None-Match compares weakly (RFC 9110 §13.1.2): the opaque tags must be equal, W/ or not.
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags) && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag == etag);
}
