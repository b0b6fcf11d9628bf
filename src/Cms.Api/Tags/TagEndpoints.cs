using Cms.Api.Infrastructure.Auth;
using Cms.Api.Infrastructure.Caching;
using Cms.Api.Infrastructure.Database;
using Cms.Api.Infrastructure.Errors;
using Cms.Api.Infrastructure.Http;
using Cms.Api.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Tags;

internal static class TagEndpoints
{
    private const string AdminPath = "/api/v1/admin/tags";
    private const string NotFound = "No tag has this id.";

    public static ApiGroups MapTags(this ApiGroups api)
    {
        var content = api.Content.MapGroup("/tags").WithTags("Tags").CacheFor(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));
        content.MapGet("/", ListPublic).WithName("ListTags").WithSummary("List tags by name, in numbered pages");
        content.MapGet("/{slug}", GetBySlug).WithName("GetTag").WithSummary("One tag").ProducesProblem(404);

        var admin = api.Admin.MapGroup("/tags").WithTags("Tags (management)");
        var example = new TagRequest("korea-utara", "Korea Utara");
        admin.MapPost("/", Create).WithName("CreateTag").WithSummary("Create a tag")
            .RequireAuthorization(Policies.Editor).WithRequestExample(example).ProducesProblem(409);
        admin.MapGet("/", List).WithName("ListTagsForManagement").WithSummary("List tags by name, in numbered pages");
        admin.MapGet("/{id:guid}", Get).WithName("GetTagById").WithSummary("Get one tag with its ETag").ProducesProblem(404);
        admin.MapPut("/{id:guid}", Update).WithName("UpdateTag").WithSummary("Replace a tag (If-Match required)")
            .RequireAuthorization(Policies.Editor).WithRequestExample(example)
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        admin.MapDelete("/{id:guid}", Delete).WithName("DeleteTag").WithSummary("Delete a tag; articles carrying it lose it (If-Match required)")
            .RequireAuthorization(Policies.Editor)
            .ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);
        return api;
    }

    private static async Task<Ok<ListResponse<TagRef, PageMeta>>> ListPublic(
        [AsParameters] PageQuery page, TagRepository tags, HttpContext http, CancellationToken ct)
    {
        var (rows, total) = await tags.ListAsync(page, ct);
        http.AddSurrogateKeys(["tags"]);
        return TypedResults.Ok(page.ToPage(rows.Select(r => r.ToRef()).ToList(), total, http));
    }

    private static async Task<Results<Ok<DataResponse<TagRef>>, ProblemHttpResult>> GetBySlug(
        string slug, TagRepository tags, HttpContext http, CancellationToken ct)
    {
        if (await tags.FindBySlugAsync(slug, ct) is not { } row)
        {
            return Problems.NotFound($"No tag has the slug '{slug}'.");
        }

        http.AddSurrogateKeys([$"tag:{row.Id}"]);
        return TypedResults.Ok(new DataResponse<TagRef>(row.ToRef()));
    }

    private static async Task<Results<Created<DataResponse<TagResponse>>, ProblemHttpResult>> Create(
        TagRequest request, TagRepository tags, HttpContext http, CancellationToken ct) =>
        Conditional.Created(WriteResult<TagRow>.Done(await tags.CreateAsync(request, ct)), r => r.ToResponse(), r => $"{AdminPath}/{r.Id}", http);

    private static async Task<Ok<ListResponse<TagResponse, PageMeta>>> List(
        [AsParameters] PageQuery page, TagRepository tags, HttpContext http, CancellationToken ct)
    {
        var (rows, total) = await tags.ListAsync(page, ct);
        return TypedResults.Ok(page.ToPage(rows.Select(r => r.ToResponse()).ToList(), total, http));
    }

    private static async Task<Results<Ok<DataResponse<TagResponse>>, ProblemHttpResult>> Get(
        Guid id, TagRepository tags, HttpContext http, CancellationToken ct) =>
        Conditional.Found(await tags.GetAsync(id, ct), r => r.ToResponse(), http, NotFound);

    private static Task<Results<Ok<DataResponse<TagResponse>>, ProblemHttpResult>> Update(
        Guid id, TagRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, TagRepository tags, HttpContext http, CancellationToken ct) =>
        Conditional.SaveAsync(ifMatch, version => tags.UpdateAsync(id, version, request, ct), r => r.ToResponse(), http, NotFound);

    private static Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, TagRepository tags, CancellationToken ct) =>
        Conditional.DeleteAsync(ifMatch, version => tags.DeleteAsync(id, version, ct), NotFound);
}
