using System.Text.Json.Serialization;
using Cms.Api.Articles;
using Cms.Api.Categories;
using Cms.Api.Infrastructure.Http;

namespace Cms.Api.Sections;

/// <summary>What a rail shows: the latest articles, the most read, or an editor's ordered picks.</summary>
internal enum SectionKind
{
    Latest,
    Popular,
    Curated,
}

/// <summary>Create a section (admin): a key, a name, a kind, optionally a category scope and, for popular rails, a window.</summary>
internal sealed record CreateSectionRequest(string Key, string Name, SectionKind? Kind, Guid? CategoryId = null, int? WindowHours = null);

/// <summary>Replace a section's name, scope and window (its key and kind are fixed).</summary>
internal sealed record UpdateSectionRequest(string Name, Guid? CategoryId = null, int? WindowHours = null);

/// <summary>A section as both APIs show it.</summary>
internal sealed record SectionResponse(string Key, string Name, SectionKind Kind, CategoryRef? Category, int WindowHours, bool IsDefault);

/// <summary>A section as the content API shows it; with <c>include=articles</c>, also its first articles.</summary>
internal sealed record PublicSection(
    string Key,
    string Name,
    SectionKind Kind,
    CategoryRef? Category,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ArticleSummary>? Articles = null);

/// <summary>One item of a curated list.</summary>
internal sealed record SectionItem(Guid ArticleId, DateTime? PinnedUntil = null, DateTime? ExpiresAt = null);

/// <summary>The whole ordered list of a curated section, as read and as replaced with PUT.</summary>
internal sealed record SectionItems(IReadOnlyList<SectionItem> Items);

internal sealed record SectionRow(
    string Key, string Name, string Kind, Guid? CategoryId, string? CategorySlug, string? CategoryName, int WindowHours, bool IsDefault,
    long Version, long ItemsVersion) : IVersioned
{
    public SectionKind SectionKind => Enum.Parse<SectionKind>(Kind, ignoreCase: true);

    public CategoryRef? Category => CategoryId is { } id ? new CategoryRef(id, CategorySlug!, CategoryName!) : null;

    public SectionResponse ToResponse() => new(Key, Name, SectionKind, Category, WindowHours, IsDefault);

    public PublicSection ToPublic(IReadOnlyList<ArticleSummary>? articles = null) => new(Key, Name, SectionKind, Category, articles);
}

/// <summary>The curated items of a section, versioned on their own.</summary>
internal sealed record SectionItemsRow(long Version, IReadOnlyList<SectionItem> Items) : IVersioned;
