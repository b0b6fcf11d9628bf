using System.Text.Json;
using Ganss.Xss;

namespace Cms.Api.Articles;

/// <summary>The block types of an article body and the fields each one takes.</summary>
internal static class BlockTypes
{
    public const string Paragraph = "paragraph";
    public const string Heading = "heading";
    public const string Quote = "quote";
    public const string Image = "image";
    public const string Embed = "embed";
    public const string ReadAlso = "readAlso";

    public static readonly IReadOnlyDictionary<string, string[]> Fields = new Dictionary<string, string[]>
    {
        [Paragraph] = ["html"],
        [Heading] = ["level", "text"],
        [Quote] = ["text", "attribution"],
        [Image] = ["url", "caption", "credit", "alt", "width", "height"],
        [Embed] = ["url"],
        [ReadAlso] = ["articleId"],
    };

    /// <summary>The JSON names of the fields a block actually carries.</summary>
    public static IEnumerable<string> FieldsSet(BlockRequest block)
    {
        if (block.Html is not null) yield return "html";
        if (block.Level is not null) yield return "level";
        if (block.Text is not null) yield return "text";
        if (block.Attribution is not null) yield return "attribution";
        if (block.Url is not null) yield return "url";
        if (block.Caption is not null) yield return "caption";
        if (block.Credit is not null) yield return "credit";
        if (block.Alt is not null) yield return "alt";
        if (block.Width is not null) yield return "width";
        if (block.Height is not null) yield return "height";
        if (block.ArticleId is not null) yield return "articleId";
    }
}

/// <summary>
/// Paragraph HTML is cleaned silently on the way in: only b, i, em, strong, br and a[href] with an
/// http(s) URL survive; scripts, event handlers and javascript: links are removed.
/// </summary>
internal sealed class ParagraphSanitizer
{
    private readonly HtmlSanitizer _sanitizer;

    public ParagraphSanitizer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["b", "i", "em", "strong", "br", "a"], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        // Unknown wrappers (span, font, p pasted from a word processor) give up their text; dangerous
        // elements give up everything, so no script or style source leaks into the paragraph as text.
        _sanitizer.KeepChildNodes = true;
        _sanitizer.RemovingTag += (_, e) =>
        {
            if (e.Tag.LocalName is "script" or "style" or "iframe" or "object" or "embed" or "noscript" or "template" or "svg" or "math")
            {
                e.Tag.TextContent = "";
            }
        };
    }

    public string Sanitize(string html) => _sanitizer.Sanitize(html).Trim();

    /// <summary>The body with every paragraph sanitised; other blocks pass through unchanged.</summary>
    public IReadOnlyList<BlockRequest> Clean(IReadOnlyList<BlockRequest> body) =>
        body.Select(b => b.Type == BlockTypes.Paragraph && b.Html is not null ? b with { Html = Sanitize(b.Html) } : b).ToList();
}

/// <summary>How covers and bodies are stored in jsonb: the request shapes, without null fields.</summary>
internal static class ArticleJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string WriteBody(IReadOnlyList<BlockRequest> body) => JsonSerializer.Serialize(body, Options);

    public static IReadOnlyList<BlockRequest> ReadBody(string json) => JsonSerializer.Deserialize<List<BlockRequest>>(json, Options) ?? [];

    public static string WriteRequest(ArticleRequest request) => JsonSerializer.Serialize(request, Options);

    public static ArticleRequest ReadRequest(string json) => JsonSerializer.Deserialize<ArticleRequest>(json, Options)!;

    public static string? WriteCover(Image? cover) => cover is null ? null : JsonSerializer.Serialize(cover, Options);

    public static Image? ReadCover(string? json) => json is null ? null : JsonSerializer.Deserialize<Image>(json, Options);
}
