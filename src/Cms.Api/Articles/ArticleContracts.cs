using System.Text.Json.Serialization;
using Cms.Api.Authors;
using Cms.Api.Categories;
using Cms.Api.Infrastructure.Http;
using Cms.Api.Tags;

namespace Cms.Api.Articles;

/// <summary>Workflow states of an article.</summary>
internal enum ArticleStatus
{
    Draft,
    Scheduled,
    Published,
    Archived,
}

/// <summary>
/// Create an article (a draft), or replace one whole with PUT. <c>slug</c> may be omitted: it is
/// then generated from the title. Tags are given by slug.
/// </summary>
internal sealed record ArticleRequest(
    string Title,
    string? Slug = null,
    string? Lead = null,
    string? Source = null,
    Guid? CategoryId = null,
    IReadOnlyList<Guid>? AuthorIds = null,
    IReadOnlyList<string>? Tags = null,
    Image? Cover = null,
    IReadOnlyList<BlockRequest>? Body = null,
    IReadOnlyList<Guid>? RelatedIds = null,
    string? MetaTitle = null,
    string? MetaDescription = null,
    string? CanonicalUrl = null);

/// <summary>An image: a cover, or the image of an image block.</summary>
internal sealed record Image(
    string Url,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Caption = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Credit = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Alt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Width = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Height = null);

/// <summary>
/// One body block as written. <c>type</c> decides which fields it takes:
/// <c>paragraph</c> (html: inline HTML, sanitised to b, i, em, strong, br and a[href]),
/// <c>heading</c> (level 2–4, text), <c>quote</c> (text, attribution),
/// <c>image</c> (url, caption, credit, alt, width, height), <c>embed</c> (url),
/// <c>readAlso</c> (articleId).
/// </summary>
internal sealed record BlockRequest(
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Html = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Level = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Attribution = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Caption = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Credit = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Alt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Width = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Height = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? ArticleId = null);

/// <summary>Who created an article: the name of the API key that did.</summary>
internal sealed record KeyRef(Guid Id, string Name);

/// <summary>An article as the management API shows it: every field of the request, plus workflow and bookkeeping.</summary>
internal sealed record ArticleResponse(
    Guid Id,
    string Slug,
    string Title,
    string? Lead,
    string? Source,
    Guid? CategoryId,
    IReadOnlyList<Guid> AuthorIds,
    IReadOnlyList<string> Tags,
    Image? Cover,
    IReadOnlyList<BlockRequest> Body,
    IReadOnlyList<Guid> RelatedIds,
    string? MetaTitle,
    string? MetaDescription,
    string? CanonicalUrl,
    ArticleStatus Status,
    DateTime? PublishAt,
    DateTime? PublishedAt,
    KeyRef CreatedBy,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>An article in the management list: no body.</summary>
internal sealed record ArticleListItem(
    Guid Id,
    string Slug,
    string Title,
    string? Lead,
    Guid? CategoryId,
    IReadOnlyList<Guid> AuthorIds,
    IReadOnlyList<string> Tags,
    ArticleStatus Status,
    DateTime? PublishAt,
    DateTime? PublishedAt,
    KeyRef CreatedBy,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>An article as the content API renders it.</summary>
internal sealed record PublicArticleResponse(
    Guid Id,
    string Slug,
    string Title,
    string? Lead,
    string? Source,
    DateTime PublishedAt,
    DateTime UpdatedAt,
    CategoryRef? Category,
    IReadOnlyList<AuthorRef> Authors,
    IReadOnlyList<TagRef> Tags,
    Image? Cover,
    string? MetaTitle,
    string? MetaDescription,
    string? CanonicalUrl,
    IReadOnlyList<Block> Body);

/// <summary>A link to another article, as a read-also block shows it.</summary>
internal sealed record ArticleLink(Guid Id, string Slug, string Title, Image? Cover);

/// <summary>A rendered body block; <c>type</c> names which.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ParagraphBlock), BlockTypes.Paragraph)]
[JsonDerivedType(typeof(HeadingBlock), BlockTypes.Heading)]
[JsonDerivedType(typeof(QuoteBlock), BlockTypes.Quote)]
[JsonDerivedType(typeof(ImageBlock), BlockTypes.Image)]
[JsonDerivedType(typeof(EmbedBlock), BlockTypes.Embed)]
[JsonDerivedType(typeof(ReadAlsoBlock), BlockTypes.ReadAlso)]
internal abstract record Block;

internal sealed record ParagraphBlock(string Html) : Block;

internal sealed record HeadingBlock(int Level, string Text) : Block;

internal sealed record QuoteBlock(string Text, string? Attribution) : Block;

internal sealed record ImageBlock(string Url, string? Caption, string? Credit, string? Alt, int? Width, int? Height) : Block;

internal sealed record EmbedBlock(string Url) : Block;

internal sealed record ReadAlsoBlock(ArticleLink Article) : Block;

/// <summary>
/// An article row with its links (authors, tag slugs, related ids) gathered by the same query.
/// Properties rather than a constructor: Npgsql reports array columns as System.Array, which
/// Dapper's constructor matching refuses.
/// </summary>
internal sealed record ArticleRow : IVersioned
{
    public Guid Id { get; init; }

    public string Slug { get; init; } = "";

    public string Title { get; init; } = "";

    public string? Lead { get; init; }

    public string? Source { get; init; }

    public Guid? CategoryId { get; init; }

    public string? Cover { get; init; }

    public string Body { get; init; } = "[]";

    public string? MetaTitle { get; init; }

    public string? MetaDescription { get; init; }

    public string? CanonicalUrl { get; init; }

    public string Status { get; init; } = "draft";

    public DateTime? PublishAt { get; init; }

    public DateTime? PublishedAt { get; init; }

    public Guid CreatedBy { get; init; }

    public string CreatedByName { get; init; } = "";

    public long Version { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    public Guid[] AuthorIds { get; init; } = [];

    public string[] TagSlugs { get; init; } = [];

    public Guid[] RelatedIds { get; init; } = [];

    public ArticleStatus ArticleStatus => Enum.Parse<ArticleStatus>(Status, ignoreCase: true);

    public ArticleResponse ToResponse() => new(
        Id, Slug, Title, Lead, Source, CategoryId, AuthorIds, TagSlugs, ArticleJson.ReadCover(Cover), ArticleJson.ReadBody(Body), RelatedIds,
        MetaTitle, MetaDescription, CanonicalUrl, ArticleStatus, PublishAt, PublishedAt, new KeyRef(CreatedBy, CreatedByName), CreatedAt, UpdatedAt);

    public ArticleListItem ToListItem() => new(
        Id, Slug, Title, Lead, CategoryId, AuthorIds, TagSlugs, ArticleStatus, PublishAt, PublishedAt, new KeyRef(CreatedBy, CreatedByName), CreatedAt, UpdatedAt);

    /// <summary>The article as a PUT body, the base a JSON Merge Patch applies to.</summary>
    public ArticleRequest ToRequest() => new(
        Title, Slug, Lead, Source, CategoryId, AuthorIds, TagSlugs, ArticleJson.ReadCover(Cover), ArticleJson.ReadBody(Body), RelatedIds,
        MetaTitle, MetaDescription, CanonicalUrl);
}

/// <summary>Publish now, or at <c>publishAt</c> when it lies in the future (the article is then scheduled).</summary>
internal sealed record PublishRequest(DateTime? PublishAt);

/// <summary>One revision in the history of an article.</summary>
internal sealed record RevisionSummary(int Number, DateTime CreatedAt, string CreatedBy, ArticleStatus Status);

/// <summary>One revision with the full content it recorded, as a PUT body.</summary>
internal sealed record RevisionResponse(int Number, DateTime CreatedAt, string CreatedBy, ArticleStatus Status, ArticleRequest Content);

/// <summary>A link that shows a draft without a key, until it expires.</summary>
internal sealed record PreviewLinkResponse(string Url, DateTime ExpiresAt);
