using Cms.Api.Articles;
using Cms.Api.Infrastructure.Auth;
using Cms.Api.Infrastructure.Caching;
using Cms.Api.Infrastructure.Errors;
using Cms.Api.Infrastructure.Http;
using Cms.Api.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Sections;

internal static class SectionEndpoints
{
    private const string NotFound = "No section has this key.";

    public static ApiGroups MapSections(this ApiGroups api)
    {
        var content = api.Content.MapGroup("/sections").WithTags("Sections");
        content.MapGet("/", ListPublic).WithName("ListSections")
            .WithSummary("Every rail (Terkini, Terpopuler, Pilihan, …); with include=articles, each with its first articles, for app home screens")
            .CacheFor(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));
        content.MapGet("/{key}/articles", Rail).WithName("GetSectionArticles")
            .WithSummary("A rail's articles: latest (cursor paging), popular (with views in its window) or curated (pinned, then in order); short rails are filled with the latest")
            .CacheFor(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60)).ProducesProblem(404);

        var admin = api.Admin.MapGroup("/sections").WithTags("Sections (management)");
        admin.MapGet("/", List).WithName("ListSectionsForManagement").WithSummary("List sections");
        admin.MapPost("/", Create).WithName("CreateSection").WithSummary("Add a rail of one of the three kinds, optionally scoped to a category")
            .RequireAuthorization(Policies.Admin).ProducesProblem(409)
            .WithRequestExample(new CreateSectionRequest("terkini-internasional", "Terkini Internasional", SectionKind.Latest, Guid.Parse("0193a1b2-0000-7000-8000-000000000001")));
        admin.MapGet("/{key}", Get).WithName("GetSection").WithSummary("Get one section with its ETag").ProducesProblem(404);
        admin.MapPut("/{key}", Update).WithName("UpdateSection").WithSummary("Change a section's name, scope and window (If-Match required)")
            .RequireAuthorization(Policies.Admin).WithRequestExample(new UpdateSectionRequest("Terkini Dunia", null, 24))
            .ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);
        admin.MapDelete("/{key}", Delete).WithName("DeleteSection").WithSummary("Delete a section that did not ship with the CMS (If-Match required)")
            .RequireAuthorization(Policies.Admin).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        admin.MapGet("/{key}/items", GetItems).WithName("GetSectionItems")
            .WithSummary("A curated section's ordered items, with their own ETag for the PUT").ProducesProblem(404).ProducesProblem(409);
        admin.MapPut("/{key}/items", ReplaceItems).WithName("ReplaceSectionItems")
            .WithSummary("Replace a curated section's items, in order, with optional pinnedUntil and expiresAt (If-Match required)")
            .RequireAuthorization(Policies.Editor)
            .WithRequestExample(new SectionItems([new SectionItem(Guid.Parse("0193a1b2-0000-7000-8000-000000000004"), null, new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc))]))
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        return api;
    }

    private static async Task<Ok<ListResponse<PublicSection, CountMeta>>> ListPublic(
        [AsParameters] SectionsQuery query, SectionRepository sections, SectionRails rails, HttpContext http, CancellationToken ct)
    {
        var rows = await sections.ListAsync(ct);
        var shown = new List<PublicSection>(rows.Count);
        foreach (var section in rows)
        {
            shown.Add(section.ToPublic(query.Include is null ? null : await rails.FirstAsync(section, query.Limit ?? 5, ct)));
        }

        http.AddSurrogateKeys(rows.Select(r => $"section:{r.Key}")
            .Concat(shown.SelectMany(s => s.Articles ?? []).Select(a => $"article:{a.Id}"))
            .Concat(query.Include is null ? ["sections"] : ["sections", "lists", "popular", "curated"]));
        return TypedResults.Ok(new ListResponse<PublicSection, CountMeta>(shown, new CountMeta(shown.Count), Paging.SelfAnd(http, null)));
    }

    private static async Task<Results<Ok<ListResponse<ArticleSummary, FeedMeta>>, ProblemHttpResult>> Rail(
        string key, [AsParameters] RailQuery query, SectionRepository sections, SectionRails rails,
        ArticleFeedRepository feed, Cursors cursors, HttpContext http, CancellationToken ct)
    {
        if (await sections.GetAsync(key, ct) is not { } section)
        {
            return Problems.NotFound($"No section has the key '{key}'.");
        }

        // Popular rails change with every views flush, curated ones when a pin or expiry ends.
        http.AddSurrogateKeys([$"section:{key}", "lists", section.Kind]);
        if (section.SectionKind == SectionKind.Latest)
        {
            var feedQuery = new ArticleFeedQuery(query.Cursor, null, query.Limit, section.CategorySlug, null, null, null, null, null);
            return await ArticleEndpoints.CursorPageAsync(feedQuery, feed, cursors, http, ct);
        }

        if (query.Cursor is not null)
        {
            return Problems.Validation("cursor", $"Only latest rails page by cursor; '{key}' is {section.Kind}.");
        }

        var limit = query.Limit ?? Paging.DefaultLimit;
        var items = await rails.FirstAsync(section, limit, ct);
        http.AddSurrogateKeys(items.Select(a => $"article:{a.Id}"));
        return TypedResults.Ok(new ListResponse<ArticleSummary, FeedMeta>(items, new FeedMeta(limit), Paging.SelfAnd(http, null)));
    }

    private static async Task<Ok<ListResponse<SectionResponse, CountMeta>>> List(SectionRepository sections, HttpContext http, CancellationToken ct)
    {
        var rows = await sections.ListAsync(ct);
        return TypedResults.Ok(new ListResponse<SectionResponse, CountMeta>(
            rows.Select(r => r.ToResponse()).ToList(), new CountMeta(rows.Count), Paging.SelfAnd(http, null)));
    }

    private static async Task<Results<Created<DataResponse<SectionResponse>>, ProblemHttpResult>> Create(
        CreateSectionRequest request, SectionRepository sections, HttpContext http, CancellationToken ct) =>
        Conditional.Created(await sections.CreateAsync(request, ct), r => r.ToResponse(), r => $"/api/v1/admin/sections/{r.Key}", http);

    private static async Task<Results<Ok<DataResponse<SectionResponse>>, ProblemHttpResult>> Get(
        string key, SectionRepository sections, HttpContext http, CancellationToken ct) =>
        Conditional.Found(await sections.GetAsync(key, ct), r => r.ToResponse(), http, NotFound);

    private static Task<Results<Ok<DataResponse<SectionResponse>>, ProblemHttpResult>> Update(
        string key, UpdateSectionRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        SectionRepository sections, HttpContext http, CancellationToken ct) =>
        Conditional.SaveAsync(ifMatch, version => sections.UpdateAsync(key, version, request, ct), r => r.ToResponse(), http, NotFound);

    private static Task<Results<NoContent, ProblemHttpResult>> Delete(
        string key, [FromHeader(Name = "If-Match")] string? ifMatch, SectionRepository sections, CancellationToken ct) =>
        Conditional.DeleteAsync(ifMatch, version => sections.DeleteAsync(key, version, ct), NotFound);

    private static async Task<Results<Ok<DataResponse<SectionItems>>, ProblemHttpResult>> GetItems(
        string key, SectionRepository sections, HttpContext http, CancellationToken ct)
    {
        var result = await sections.GetItemsAsync(key, ct);
        return result.Row is { } row ? Conditional.Found(row, r => new SectionItems(r.Items), http, NotFound) : Problems.From(result, NotFound);
    }

    private static Task<Results<Ok<DataResponse<SectionItems>>, ProblemHttpResult>> ReplaceItems(
        string key, SectionItems request, [FromHeader(Name = "If-Match")] string? ifMatch,
        SectionRepository sections, HttpContext http, CancellationToken ct) =>
        Conditional.SaveAsync(ifMatch, version => sections.ReplaceItemsAsync(key, version, request.Items, ct), r => new SectionItems(r.Items), http, NotFound);
}
