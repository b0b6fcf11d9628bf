namespace Cms.Api.Categories;

/// <summary>Builds the nested category tree from flat rows; siblings keep the rows' order (position, then name).</summary>
internal sealed class CategoryTree
{
    private readonly Dictionary<Guid, CategoryRow> _byId;
    private readonly ILookup<Guid?, CategoryRow> _byParent;

    public CategoryTree(IReadOnlyList<CategoryRow> rows)
    {
        _byId = rows.ToDictionary(r => r.Id);
        _byParent = rows.OrderBy(r => r.Position).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Id).ToLookup(r => r.ParentId);
        Count = rows.Count;
    }

    public int Count { get; }

    public IReadOnlyList<CategoryNode> Roots => ChildrenOf(null);

    public CategoryRow? FindBySlug(string slug) => _byId.Values.FirstOrDefault(r => r.Slug == slug);

    public IReadOnlyList<CategoryNode> ChildrenOf(Guid? parentId) =>
        _byParent[parentId].Select(r => new CategoryNode(r.Id, r.Slug, r.Name, r.Description, ChildrenOf(r.Id))).ToList();

    /// <summary>The ancestors of a category, root first.</summary>
    public IReadOnlyList<CategoryRef> AncestorsOf(CategoryRow row)
    {
        var ancestors = new List<CategoryRef>();
        for (var parentId = row.ParentId; parentId is { } id && _byId.TryGetValue(id, out var parent); parentId = parent.ParentId)
        {
            ancestors.Add(parent.ToRef());
        }

        ancestors.Reverse();
        return ancestors;
    }
}
