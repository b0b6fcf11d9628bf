using Cms.Api.Infrastructure.Auth;
using Cms.Api.Infrastructure.Caching;
using Cms.Api.Infrastructure.Errors;
using Cms.Api.Infrastructure.Http;
using Cms.Api.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Categories;

internal static class CategoryEndpoints
{
    private const string NotFound = "No category has this id.";

    public static ApiGroups MapCategories(this ApiGroups api)
    {
        var content = api.Content.MapGroup("/categories").WithTags("Categories").CacheFor(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));
        content.MapGet("/", GetTree).WithName("GetCategoryTree").WithSummary("The category tree, nested, siblings ordered by position");
        content.MapGet("/{slug}", GetBySlug).WithName("GetCategory").WithSummary("One category with its ancestors and subtree").ProducesProblem(404);

        var admin = api.Admin.MapGroup("/categories").WithTags("Categories (management)");
        var example = new CategoryRequest("internasional", "Internasional", "Berita dunia", null, 2);
        admin.MapPost("/", Create).WithName("CreateCategory").WithSummary("Create a category")
            .RequireAuthorization(Policies.Admin).WithRequestExample(example).ProducesProblem(409);
        admin.MapGet("/", List).WithName("ListCategories").WithSummary("List categories flat, by slug, in numbered pages");
        admin.MapGet("/{id:guid}", Get).WithName("GetCategoryById").WithSummary("Get one category with its ETag").ProducesProblem(404);
        admin.MapPut("/{id:guid}", Update).WithName("UpdateCategory").WithSummary("Replace a category (If-Match required)")
            .RequireAuthorization(Policies.Admin).WithRequestExample(example)
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        admin.MapDelete("/{id:guid}", Delete).WithName("DeleteCategory").WithSummary("Delete a category no article or child category uses (If-Match required)")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);

        return api;
    }

    private static async Task<Ok<ListResponse<CategoryNode, CountMeta>>> GetTree(CategoryRepository categories, HttpContext http, CancellationToken ct)
    {
        var rows = await categories.AllAsync(ct);
        var tree = new CategoryTree(rows);
        http.AddSurrogateKeys(rows.Select(r => $"category:{r.Id}"));
        return TypedResults.Ok(new ListResponse<CategoryNode, CountMeta>(tree.Roots, new CountMeta(tree.Count), new ListLinks(http.Request.Path, null)));
    }

    private static async Task<Results<Ok<DataResponse<PublicCategoryResponse>>, ProblemHttpResult>> GetBySlug(
        string slug, CategoryRepository categories, HttpContext http, CancellationToken ct)
    {
        var tree = new CategoryTree(await categories.AllAsync(ct));
        if (tree.FindBySlug(slug) is not { } row)
        {
            return Problems.NotFound($"No category has the slug '{slug}'.");
        }

        // Names of ancestors and children show here too.
        http.AddSurrogateKeys(tree.AncestorsOf(row).Select(a => $"category:{a.Id}").Append($"category:{row.Id}")
            .Concat(tree.ChildrenOf(row.Id).Select(c => $"category:{c.Id}")));
        return TypedResults.Ok(new DataResponse<PublicCategoryResponse>(
            new PublicCategoryResponse(row.Id, row.Slug, row.Name, row.Description, tree.AncestorsOf(row), tree.ChildrenOf(row.Id))));
    }

    private static async Task<Results<Created<DataResponse<CategoryResponse>>, ProblemHttpResult>> Create(
        CategoryRequest request, CategoryRepository categories, HttpContext http, CancellationToken ct) =>
        Conditional.Created(await categories.CreateAsync(request, ct), r => r.ToResponse(), r => $"/api/v1/admin/categories/{r.Id}", http);

    private static async Task<Ok<ListResponse<CategoryResponse, PageMeta>>> List(
        [AsParameters] PageQuery page, CategoryRepository categories, HttpContext http, CancellationToken ct)
    {
        var (rows, total) = await categories.ListAsync(page, ct);
        return TypedResults.Ok(page.ToPage(rows.Select(r => r.ToResponse()).ToList(), total, http));
    }

    private static async Task<Results<Ok<DataResponse<CategoryResponse>>, ProblemHttpResult>> Get(
        Guid id, CategoryRepository categories, HttpContext http, CancellationToken ct) =>
        Conditional.Found(await categories.GetAsync(id, ct), r => r.ToResponse(), http, NotFound);

    private static Task<Results<Ok<DataResponse<CategoryResponse>>, ProblemHttpResult>> Update(
        Guid id, CategoryRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        CategoryRepository categories, HttpContext http, CancellationToken ct) =>
        Conditional.SaveAsync(ifMatch, version => categories.UpdateAsync(id, version, request, ct), r => r.ToResponse(), http, NotFound);

    private static Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, CategoryRepository categories, CancellationToken ct) =>
        Conditional.DeleteAsync(ifMatch, version => categories.DeleteAsync(id, version, ct), NotFound);
}
