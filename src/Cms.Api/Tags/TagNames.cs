using System.Globalization;

namespace Cms.Api.Tags;

/// <summary>The display name a tag created on the fly gets from its slug: "korea-utara" → "Korea Utara".</summary>
internal static class TagNames
{
    public static string FromSlug(string slug) =>
        string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));
}
