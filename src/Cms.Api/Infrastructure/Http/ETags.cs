using Microsoft.Net.Http.Headers;

namespace Cms.Api.Infrastructure.Http;

/// <summary>Management ETags are the row's version number: <c>"7"</c>.</summary>
internal static class ETags
{
    public static string Of(long version) => $"\"{version}\"";

    public static void Set(HttpContext http, long version) => http.Response.Headers.ETag = Of(version);

    /// <summary>
    /// Reads If-Match. False when it is absent (→ 428). <c>*</c> gives a null version (any version
    /// matches). A value that is not one of ours parses as version 0, which no row has, so it ends
    /// as 412 like any stale tag.
    /// </summary>
    public static bool TryReadIfMatch(string? header, out long? version)
    {
        version = 0;
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        var first = header.Split(',')[0].Trim();
        if (first == "*")
        {
            version = null;
        }
        else if (EntityTagHeaderValue.TryParse(first, out var tag) && !tag.IsWeak
            && long.TryParse(tag.Tag.AsSpan().Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            version = parsed;
        }

        return true;
    }
}
