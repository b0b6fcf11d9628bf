using Cms.Api.Infrastructure.Auth;
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

    public static ApiGroups MapTags(this ApiGroups api)
    {
        var content = api.Content.MapGroup("/tags").WithTags("Tags");
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
        return TypedResults.Ok(page.ToPage(rows.Select(r => r.ToRef()).ToList(), total, http));
    }

    private static async Task<Results<Ok<DataResponse<TagRef>>, ProblemHttpResult>> GetBySlug(
        string slug, TagRepository tags, CancellationToken ct) =>
        await tags.FindBySlugAsync(slug, ct) is { } row
            ? TypedResults.Ok(new DataResponse<TagRef>(row.ToRef()))
            : Problems.NotFound($"No tag has the slug '{slug}'.");

    private static async Task<Created<DataResponse<TagResponse>>> Create(
        TagRequest request, TagRepository tags, HttpContext http, CancellationToken ct)
    {
        var row = await tags.CreateAsync(request, ct);
        ETags.Set(http, row.Version);
        return TypedResults.Created($"{AdminPath}/{row.Id}", new DataResponse<TagResponse>(row.ToResponse()));
    }

    private static async Task<Ok<ListResponse<TagResponse, PageMeta>>> List(
        [AsParameters] PageQuery page, TagRepository tags, HttpContext http, CancellationToken ct)
    {
        var (rows, total) = await tags.ListAsync(page, ct);
        return TypedResults.Ok(page.ToPage(rows.Select(r => r.ToResponse()).ToList(), total, http));
    }

    private static async Task<Results<Ok<DataResponse<TagResponse>>, ProblemHttpResult>> Get(
        Guid id, TagRepository tags, HttpContext http, CancellationToken ct)
    {
        if (await tags.GetAsync(id, ct) is not { } row)
        {
            return Problems.NotFound("No tag has this id.");
        }

        ETags.Set(http, row.Version);
        return TypedResults.Ok(new DataResponse<TagResponse>(row.ToResponse()));
    }

    private static async Task<Results<Ok<DataResponse<TagResponse>>, ProblemHttpResult>> Update(
        Guid id, TagRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        TagRepository tags, HttpContext http, CancellationToken ct)
    {
        if (!ETags.TryReadIfMatch(ifMatch, out var version))
        {
            return Problems.PreconditionRequired();
        }

        var result = await tags.UpdateAsync(id, version, request, ct);
        if (result.Row is not { } row)
        {
            return Problems.From(result, "No tag has this id.");
        }

        ETags.Set(http, row.Version);
        return TypedResults.Ok(new DataResponse<TagResponse>(row.ToResponse()));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, TagRepository tags, CancellationToken ct)
    {
        if (!ETags.TryReadIfMatch(ifMatch, out var version))
        {
            return Problems.PreconditionRequired();
        }

        var result = await tags.DeleteAsync(id, version, ct);
        return result.Status == WriteStatus.Done ? TypedResults.NoContent() : Problems.From(result, "No tag has this id.");
    }
}
