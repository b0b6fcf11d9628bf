using Cms.Api.Infrastructure.Http;

namespace Cms.Api.Categories;

/// <summary>Create a category, or replace one whole with PUT.</summary>
internal sealed record CategoryRequest(string Slug, string Name, string? Description, Guid? ParentId, int? Position);

/// <summary>A category as the management API shows it.</summary>
internal sealed record CategoryResponse(
    Guid Id, string Slug, string Name, string? Description, Guid? ParentId, int Position, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>A category in the public tree, with its children ordered by position.</summary>
internal sealed record CategoryNode(Guid Id, string Slug, string Name, string? Description, IReadOnlyList<CategoryNode> Children);

/// <summary>Enough of a category to link to it.</summary>
internal sealed record CategoryRef(Guid Id, string Slug, string Name);

/// <summary>
/// One category as the content API shows it: its ancestors (root first, for breadcrumbs like
/// News › Internasional) and its subtree.
/// </summary>
internal sealed record PublicCategoryResponse(
    Guid Id, string Slug, string Name, string? Description, IReadOnlyList<CategoryRef> Ancestors, IReadOnlyList<CategoryNode> Children);

internal sealed record CategoryRow(
    Guid Id, string Slug, string Name, string? Description, Guid? ParentId, int Position, long Version, DateTime CreatedAt, DateTime UpdatedAt) : IVersioned
{
    public CategoryResponse ToResponse() => new(Id, Slug, Name, Description, ParentId, Position, CreatedAt, UpdatedAt);

    public CategoryRef ToRef() => new(Id, Slug, Name);
}
