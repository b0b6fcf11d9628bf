using System.Text;
using Cms.Api.Infrastructure.Validation;

namespace Cms.Api.Articles;

/// <summary>Slugs made from titles: ASCII, lowercase, hyphen-separated, at most 100 characters.</summary>
internal static class ArticleSlugs
{
    private const string Fallback = "artikel";

    // Accented Latin letters and their ASCII base letters, pair by pair. A table rather than Unicode
    // decomposition: the service runs with invariant globalization, where FormD does not decompose.
    private const string Accented = "àáâãäåāăąçćĉċčďèéêëēĕėęěĝğġģĥìíîïĩīĭįĵķĺļľñńņňòóôõöōŏőŕŗřśŝşšţťùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccdeeeeeeeeegggghiiiiiiiijklllnnnnooooooooorrrssssttuuuuuuuuuuwyyyzzz";

    private static readonly Dictionary<char, string> Transliterations = BuildTransliterations();

    public static string FromTitle(string title)
    {
        var ascii = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            if (Transliterations.TryGetValue(char.ToLowerInvariant(c), out var replacement))
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

    private static Dictionary<char, string> BuildTransliterations()
    {
        var table = new Dictionary<char, string>
        {
            ['ß'] = "ss", ['æ'] = "ae", ['ø'] = "o", ['đ'] = "d", ['ł'] = "l", ['œ'] = "oe", ['þ'] = "th", ['ı'] = "i", ['&'] = " dan ",
        };
        for (var i = 0; i < Accented.Length; i++)
        {
            table[Accented[i]] = Plain[i].ToString();
        }

        return table;
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
