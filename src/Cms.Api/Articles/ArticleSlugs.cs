using System.Globalization;
using System.Text;
using Cms.Api.Infrastructure.Validation;

namespace Cms.Api.Articles;

/// <summary>Slugs made from titles: ASCII, lowercase, hyphen-separated, at most 100 characters.</summary>
internal static class ArticleSlugs
{
    private const string Fallback = "artikel";

    // Letters that do not decompose into a base letter plus accents.
    private static readonly Dictionary<char, string> Transliterations = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "ae", ['ø'] = "o", ['Ø'] = "o", ['đ'] = "d", ['Đ'] = "d",
        ['ł'] = "l", ['Ł'] = "l", ['œ'] = "oe", ['Œ'] = "oe", ['þ'] = "th", ['ı'] = "i", ['&'] = " dan ",
    };

    public static string FromTitle(string title)
    {
        var ascii = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (Transliterations.TryGetValue(c, out var replacement))
            {
                ascii.Append(replacement);
            }
            else if (c is '\'' or '’' or '‘' or '`')
            {
                // Apostrophes join: "A'wan" -> "awan", not "a-wan".
            }
            else
            {
                ascii.Append(char.ToLowerInvariant(c));
            }
        }

        var slug = new StringBuilder(ascii.Length);
        foreach (var c in ascii.ToString())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = Truncate(slug.ToString().Trim('-'), Slugs.MaxLength);
        return result.Length == 0 ? Fallback : result;
    }

    /// <summary>The base slug with "-2", "-3"… appended until it is not taken, still within the length limit.</summary>
    public static string Unique(string baseSlug, IReadOnlySet<string> taken)
    {
        if (!taken.Contains(baseSlug))
        {
            return baseSlug;
        }

        for (var n = 2; ; n++)
        {
            var suffix = $"-{n}";
            var candidate = Truncate(baseSlug, Slugs.MaxLength - suffix.Length) + suffix;
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    // Cut at a word boundary where one is near, so slugs do not end mid-word.
    private static string Truncate(string slug, int max)
    {
        if (slug.Length <= max)
        {
            return slug;
        }

        var cut = slug[..max];
        var lastHyphen = cut.LastIndexOf('-');
        return (lastHyphen > max / 2 ? cut[..lastHyphen] : cut).Trim('-');
    }
}
