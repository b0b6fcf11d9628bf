using System.Globalization;
using System.Text.Json.Serialization;
using Cms.Api.Authors;
using Cms.Api.Categories;
using Cms.Api.Infrastructure.Http;
using Cms.Api.Infrastructure.Validation;
using Cms.Api.Tags;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Articles;

/// <summary>
/// The public article list: keyset paging by default (<c>cursor</c>), numbered pages with
/// <c>page</c>, or a set of articles by <c>ids</c>; filtered by category (with its descendants),
/// tag, author and publication time.
/// </summary>
internal sealed record ArticleFeedQuery(
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "limit")] int? Limit,
    [FromQuery(Name = "category")] string? Category,
    [FromQuery(Name = "tag")] string? Tag,
    [FromQuery(Name = "author")] string? Author,
    [FromQuery(Name = "from")] DateTimeOffset? From,
    [FromQuery(Name = "to")] DateTimeOffset? To,
    [FromQuery(Name = "ids")] string? Ids) : IPaged
{
    public const int MaxIds = 100;

    /// <summary>The filters in one canonical string: what a cursor is bound to.</summary>
    public string FilterKey => string.Join('|', Category, Tag, Author,
        From?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), To?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));

    public Guid[] IdList => Ids is null ? [] : Ids.Split(',', StringSplitOptions.TrimEntries).Select(Guid.Parse).ToArray();
}

internal sealed class ArticleFeedQueryValidator : AbstractValidator<ArticleFeedQuery>
{
    public ArticleFeedQueryValidator()
    {
        Include(new PagingRules<ArticleFeedQuery>());
        RuleFor(q => q.Cursor).Null().When(q => q.Page is not null).WithMessage("Use either cursor or page, not both.");
        RuleFor(q => q.Category!).Slug().When(q => q.Category is not null);
        RuleFor(q => q.Tag!).Slug().When(q => q.Tag is not null);
        RuleFor(q => q.Author!).Slug().When(q => q.Author is not null);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must not be before 'from'.");
        RuleFor(q => q.Ids)
            .Must(ids => ids!.Split(',', StringSplitOptions.TrimEntries).All(id => Guid.TryParse(id, out _)))
            .WithMessage("Give article ids as comma-separated UUIDs.")
            .Must(ids => ids!.Split(',').Length <= ArticleFeedQuery.MaxIds)
            .WithMessage($"At most {ArticleFeedQuery.MaxIds} ids.")
            .Must((q, _) => q is { Cursor: null, Page: null, Category: null, Tag: null, Author: null, From: null, To: null })
            .WithMessage("ids cannot be combined with paging or filters.")
            .When(q => q.Ids is not null);
    }
}

/// <summary>How many related articles (Berita Terkait) to return: 1–20, default 5.</summary>
internal sealed record RelatedQuery([FromQuery(Name = "limit")] int? Limit)
{
    public const int Default = 5;
    public const int Max = 20;
}

internal sealed class RelatedQueryValidator : AbstractValidator<RelatedQuery>
{
    public RelatedQueryValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, RelatedQuery.Max);
}

/// <summary>An article in a list: everything but the body.</summary>
internal sealed record ArticleSummary(
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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Views = null);

/// <summary>
/// Meta of the public list: <c>nextCursor</c> (null at the end, and when not paging by cursor);
/// <c>page</c> and <c>total</c> only when paging by number.
/// </summary>
internal sealed record FeedMeta(
    int Limit,
    string? NextCursor = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Total = null);
