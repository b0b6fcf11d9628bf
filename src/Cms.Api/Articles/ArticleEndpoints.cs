using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Api.Infrastructure.Auth;
using Cms.Api.Infrastructure.Caching;
using Cms.Api.Infrastructure.Errors;
using Cms.Api.Infrastructure.Http;
using Cms.Api.Infrastructure.OpenApi;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cms.Api.Articles;

internal static class ArticleEndpoints
{
    private const string AdminPath = "/api/v1/admin/articles";
    private const string NotFound = "No article has this id.";

    public static ApiGroups MapArticles(this ApiGroups api)
    {
        api.Content.MapGet("/articles", ListPublic).WithTags("Articles").WithName("ListArticles")
            .CacheFor(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60))
            .WithSummary("Published articles, newest first: by cursor (default), by page, or by ids; filtered by category (with descendants), tag, author, from and to");
        api.Content.MapGet("/articles/{slug}/related", Related).WithTags("Articles").WithName("GetRelatedArticles")
            .WithSummary("Berita Terkait: the editor's related articles first, then others by shared tags, category and recency")
            .CacheFor(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)).ProducesProblem(404);
        api.Content.MapGet("/articles/{slug}", GetPublic).CacheFor(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)).WithTags("Articles").WithName("GetArticle")
            .WithSummary("A published article by slug, with its body blocks and read-also links resolved; an old slug answers 301")
            .Produces(StatusCodes.Status301MovedPermanently).ProducesProblem(404);
        api.Content.MapGet("/preview/{token}", GetByPreviewLink).WithTags("Articles").WithName("GetArticlePreview")
            .WithSummary("An article of any status through a signed preview link, rendered as the content API will show it")
            .ProducesProblem(403).ProducesProblem(404);

        var admin = api.Admin.MapGroup("/articles").WithTags("Articles (management)");
        admin.MapPost("/", Create).WithName("CreateArticle").WithSummary("Create an article (a draft); the slug is generated from the title when omitted")
            .WithRequestExample(Examples.Article).ProducesProblem(403).ProducesProblem(409);
        admin.MapGet("/", List).WithName("ListArticlesForManagement").WithSummary("List articles of every status, newest first, filtered and in numbered pages");
        admin.MapGet("/{id:guid}", Get).WithName("GetArticleById").WithSummary("Get one article as stored, with its ETag").ProducesProblem(404);
        admin.MapPut("/{id:guid}", Replace).WithName("ReplaceArticle").WithSummary("Replace an article whole (If-Match required)")
            .WithRequestExample(Examples.Article)
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        admin.MapPatch("/{id:guid}", Patch).WithName("PatchArticle").WithSummary("Change some fields with a JSON Merge Patch (If-Match required)")
            .Accepts<JsonObject>(MergePatch.MediaType, "application/json")
            .WithRequestExample(new { title = "Rusia Tetap Bungkam soal Pasukan Korea Utara", lead = (string?)null })
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        admin.MapPost("/{id:guid}/publish", Publish).WithName("PublishArticle")
            .WithSummary("Publish now, or schedule with a future publishAt (If-Match required)")
            .RequireAuthorization(Policies.Editor).WithRequestExample(new PublishRequest(new DateTime(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc)))
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        admin.MapPost("/{id:guid}/unpublish", Unpublish).WithName("UnpublishArticle")
            .WithSummary("Take a published or scheduled article back to draft (If-Match required)")
            .RequireAuthorization(Policies.Editor).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        admin.MapPost("/{id:guid}/archive", Archive).WithName("ArchiveArticle")
            .WithSummary("Archive a published article (If-Match required)")
            .RequireAuthorization(Policies.Editor).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        admin.MapGet("/{id:guid}/revisions", ListRevisions).WithName("ListArticleRevisions")
            .WithSummary("The article's saved changes, newest first").ProducesProblem(404);
        admin.MapGet("/{id:guid}/revisions/{number:int}", GetRevision).WithName("GetArticleRevision")
            .WithSummary("One revision with the full content it recorded").ProducesProblem(404);
        admin.MapPost("/{id:guid}/revisions/{number:int}/restore", Restore).WithName("RestoreArticleRevision")
            .WithSummary("Put a revision's content back; this makes a new revision (If-Match required)")
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        admin.MapGet("/{id:guid}/preview", Preview).WithName("PreviewArticle")
            .WithSummary("The article of any status rendered exactly as the content API will show it").ProducesProblem(404);
        admin.MapPost("/{id:guid}/preview-links", CreatePreviewLink).WithName("CreateArticlePreviewLink")
            .WithSummary("A signed link that shows this article without a key until it expires").ProducesProblem(404);
        admin.MapDelete("/{id:guid}", Delete).WithName("DeleteArticle").WithSummary("Delete an article (soft: its slugs stay reserved; If-Match required)")
            .ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);
        return api;
    }

    private static async Task<Results<Ok<ListResponse<ArticleSummary, FeedMeta>>, ProblemHttpResult>> ListPublic(
        [AsParameters] ArticleFeedQuery query, ArticleFeedRepository feed, Cursors cursors, HttpContext http, CancellationToken ct)
    {
        if (query.Ids is not null)
        {
            var chosen = await feed.ByIdsAsync(query.IdList, ct);
            http.AddSurrogateKeys(chosen.Select(a => $"article:{a.Id}"));
            return TypedResults.Ok(new ListResponse<ArticleSummary, FeedMeta>(chosen, new FeedMeta(chosen.Count), Paging.SelfAnd(http, null)));
        }

        http.AddSurrogateKeys(["lists"]);
        if (query.Page is not null)
        {
            var (rows, total) = await feed.PageAsync(query, ct);
            http.AddSurrogateKeys(rows.Select(a => $"article:{a.Id}"));
            var page = query.ToPage(rows, total, http);
            return TypedResults.Ok(new ListResponse<ArticleSummary, FeedMeta>(
                page.Data, new FeedMeta(page.Meta.Limit, null, page.Meta.Page, page.Meta.Total), page.Links));
        }

        return await CursorPageAsync(query, feed, cursors, http, ct);
    }

    /// <summary>
    /// One keyset page, newest first, after the query's cursor (a tampered or mismatched cursor
    /// is a 400), with meta.nextCursor and a next link while more remain. Latest rails use it too.
    /// </summary>
    internal static async Task<Results<Ok<ListResponse<ArticleSummary, FeedMeta>>, ProblemHttpResult>> CursorPageAsync(
        ArticleFeedQuery query, ArticleFeedRepository feed, Cursors cursors, HttpContext http, CancellationToken ct)
    {
        Position? after = null;
        if (query.Cursor is not null)
        {
            var (position, refusal) = cursors.Open(query.Cursor, query.FilterKey);
            if (position is null)
            {
                return Problems.Validation("cursor", refusal!);
            }

            after = position;
        }

        // One row more than the page tells whether another page follows.
        var limit = query.Size();
        var items = await feed.AfterAsync(query, after, limit + 1, ct);
        http.AddSurrogateKeys(items.Take(limit).Select(a => $"article:{a.Id}"));
        if (items.Count <= limit)
        {
            return TypedResults.Ok(new ListResponse<ArticleSummary, FeedMeta>(items, new FeedMeta(limit), Paging.SelfAnd(http, null)));
        }

        var shown = items.Take(limit).ToList();
        var nextCursor = cursors.Create(new Position(shown[^1].PublishedAt, shown[^1].Id), query.FilterKey);
        return TypedResults.Ok(new ListResponse<ArticleSummary, FeedMeta>(
            shown, new FeedMeta(limit, nextCursor), Paging.SelfAnd(http, Paging.NextLink(http, "cursor", nextCursor))));
    }

    private static async Task<Results<Ok<ListResponse<ArticleSummary, FeedMeta>>, ProblemHttpResult>> Related(
        string slug, [AsParameters] RelatedQuery query, ArticleFeedRepository feed, HttpContext http, CancellationToken ct)
    {
        if (await feed.RelatedAsync(slug, query.Limit ?? RelatedQuery.Default, ct) is not var (sourceId, related))
        {
            return Problems.NotFound($"No published article has the slug '{slug}'.");
        }

        // The source's own edits (its chosen related articles, its tags) change this list too.
        http.AddSurrogateKeys(related.Select(a => $"article:{a.Id}").Append($"article:{sourceId}").Append("lists"));
        return TypedResults.Ok(new ListResponse<ArticleSummary, FeedMeta>(related, new FeedMeta(query.Limit ?? RelatedQuery.Default), Paging.SelfAnd(http, null)));
    }

    private static async Task<Results<Ok<DataResponse<PublicArticleResponse>>, RedirectHttpResult, ProblemHttpResult>> GetPublic(
        string slug, ArticleRepository articles, HttpContext http, CancellationToken ct)
    {
        if (await articles.FindPublicAsync(slug, ct) is var (article, references))
        {
            // The page shows its read-also targets (or leaves out those not public) and its category:
            // any change to them must purge it.
            http.AddSurrogateKeys(references.Select(id => $"article:{id}")
                .Append($"article:{article.Id}")
                .Concat(article.Category is { } category ? [$"category:{category.Id}"] : []));
            return TypedResults.Ok(new DataResponse<PublicArticleResponse>(article));
        }

        // Old slugs of a public article point at its current one, however many renames ago.
        return await articles.FindRedirectAsync(slug, ct) is { } current
            ? TypedResults.Redirect($"/api/v1/articles/{current}", permanent: true)
            : Problems.NotFound($"No published article has the slug '{slug}'.");
    }

    private static async Task<Results<Ok<DataResponse<PublicArticleResponse>>, ProblemHttpResult>> GetByPreviewLink(
        string token, PreviewLinks links, ArticleRepository articles, HttpContext http, CancellationToken ct)
    {
        NoStore(http);
        var (articleId, refusal) = links.Open(token);
        if (articleId is not { } id)
        {
            return Problems.Forbidden(refusal!);
        }

        return await articles.RenderPreviewAsync(id, ct) is { } article
            ? TypedResults.Ok(new DataResponse<PublicArticleResponse>(article))
            : Problems.NotFound("The article of this preview link no longer exists.");
    }

    private static async Task<Results<Ok<DataResponse<PublicArticleResponse>>, ProblemHttpResult>> Preview(
        Guid id, ArticleRepository articles, HttpContext http, CancellationToken ct)
    {
        NoStore(http);
        return await articles.RenderPreviewAsync(id, ct) is { } article
            ? TypedResults.Ok(new DataResponse<PublicArticleResponse>(article))
            : Problems.NotFound(NotFound);
    }

    private static async Task<Results<Created<DataResponse<PreviewLinkResponse>>, ProblemHttpResult>> CreatePreviewLink(
        Guid id, PreviewLinks links, ArticleRepository articles, CancellationToken ct)
    {
        if (await articles.GetAsync(id, ct) is null)
        {
            return Problems.NotFound(NotFound);
        }

        var (token, expiresAt) = links.Create(id);
        var url = PreviewLinks.RoutePrefix + token;
        return TypedResults.Created(url, new DataResponse<PreviewLinkResponse>(new PreviewLinkResponse(url, expiresAt)));
    }

    private static Task<Results<Ok<DataResponse<ArticleResponse>>, ProblemHttpResult>> Publish(
        Guid id, PublishRequest? request, [FromHeader(Name = "If-Match")] string? ifMatch,
        ArticleRepository articles, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        TransitionAsync(id, Transition.Publish, request?.PublishAt, ifMatch, articles, user, http, ct);

    private static Task<Results<Ok<DataResponse<ArticleResponse>>, ProblemHttpResult>> Unpublish(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, ArticleRepository articles, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        TransitionAsync(id, Transition.Unpublish, null, ifMatch, articles, user, http, ct);

    private static Task<Results<Ok<DataResponse<ArticleResponse>>, ProblemHttpResult>> Archive(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, ArticleRepository articles, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        TransitionAsync(id, Transition.Archive, null, ifMatch, articles, user, http, ct);

    private static Task<Results<Ok<DataResponse<ArticleResponse>>, ProblemHttpResult>> TransitionAsync(
        Guid id, Transition transition, DateTime? publishAt, string? ifMatch,
        ArticleRepository articles, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        Conditional.SaveAsync(
            ifMatch,
            version => articles.TransitionAsync(id, version, transition, publishAt?.ToUniversalTime(), Caller.From(user), ct),
            r => r.ToResponse(),
            http,
            NotFound);

    private static async Task<Results<Ok<ListResponse<RevisionSummary, PageMeta>>, ProblemHttpResult>> ListRevisions(
        Guid id, [AsParameters] PageQuery page, ArticleRepository articles, HttpContext http, CancellationToken ct) =>
        await articles.ListRevisionsAsync(id, page, ct) is var (rows, total)
            ? TypedResults.Ok(page.ToPage(rows, total, http))
            : Problems.NotFound(NotFound);

    private static async Task<Results<Ok<DataResponse<RevisionResponse>>, ProblemHttpResult>> GetRevision(
        Guid id, int number, ArticleRepository articles, CancellationToken ct) =>
        await articles.GetRevisionAsync(id, number, ct) is { } revision
            ? TypedResults.Ok(new DataResponse<RevisionResponse>(revision))
            : Problems.NotFound("This article has no revision with this number.");

    private static Task<Results<Ok<DataResponse<ArticleResponse>>, ProblemHttpResult>> Restore(
        Guid id, int number, [FromHeader(Name = "If-Match")] string? ifMatch,
        ArticleRepository articles, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        Conditional.SaveAsync(ifMatch, version => articles.RestoreAsync(id, number, version, Caller.From(user), ct), r => r.ToResponse(), http, NotFound);

    // Previews show unpublished work: never cached by a browser, proxy or CDN.
    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "private, no-store";

    private static async Task<Results<Created<DataResponse<ArticleResponse>>, ProblemHttpResult>> Create(
        ArticleRequest request, ArticleRepository articles, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        Conditional.Created(await articles.CreateAsync(request, Caller.From(user), ct), r => r.ToResponse(), r => $"{AdminPath}/{r.Id}", http);

    private static async Task<Ok<ListResponse<ArticleListItem, PageMeta>>> List(
        [AsParameters] ArticleListQuery query, ArticleRepository articles, HttpContext http, CancellationToken ct)
    {
        var (rows, total) = await articles.ListAsync(query, ct);
        return TypedResults.Ok(query.ToPage(rows.Select(r => r.ToListItem()).ToList(), total, http));
    }

    private static async Task<Results<Ok<DataResponse<ArticleResponse>>, ProblemHttpResult>> Get(
        Guid id, ArticleRepository articles, HttpContext http, CancellationToken ct) =>
        Conditional.Found(await articles.GetAsync(id, ct), r => r.ToResponse(), http, NotFound);

    private static Task<Results<Ok<DataResponse<ArticleResponse>>, ProblemHttpResult>> Replace(
        Guid id, ArticleRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        ArticleRepository articles, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        Conditional.SaveAsync(ifMatch, version => articles.UpdateAsync(id, version, request, Caller.From(user), ct), r => r.ToResponse(), http, NotFound);

    private static async Task<Results<Ok<DataResponse<ArticleResponse>>, ProblemHttpResult>> Patch(
        Guid id, JsonObject patch, [FromHeader(Name = "If-Match")] string? ifMatch,
        ArticleRepository articles, IValidator<ArticleRequest> validator, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        ClaimsPrincipal user, HttpContext http, CancellationToken ct)
    {
        if (!ETags.TryReadIfMatch(ifMatch, out var version))
        {
            return Problems.PreconditionRequired();
        }

        if (await articles.GetAsync(id, ct) is not { } current)
        {
            return Problems.NotFound(NotFound);
        }

        var options = json.Value.SerializerOptions;
        var merged = MergePatch.Apply(JsonSerializer.SerializeToNode(current.ToRequest(), options), patch);
        ArticleRequest request;
        try
        {
            request = merged.Deserialize<ArticleRequest>(options)!;
        }
        catch (JsonException exception)
        {
            // Reported exactly like a malformed body on any other route.
            throw new BadHttpRequestException("The patched article is not valid.", StatusCodes.Status400BadRequest, exception);
        }

        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return Problems.Validation(validation);
        }

        // The merge was made on the version read above; "If-Match: *" must not let it land on a newer one.
        return Conditional.Saved(await articles.UpdateAsync(id, version ?? current.Version, request, Caller.From(user), ct), r => r.ToResponse(), http, NotFound);
    }

    private static Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, ArticleRepository articles, ClaimsPrincipal user, CancellationToken ct) =>
        Conditional.DeleteAsync(ifMatch, version => articles.DeleteAsync(id, version, Caller.From(user), ct), NotFound);

    private static class Examples
    {
        public static readonly ArticleRequest Article = new(
            Title: "Rusia Bungkam soal Pasukan Korea Utara di Kursk",
            Slug: "rusia-bungkam-pasukan-korea-utara-kursk",
            Lead: "Rusia menolak memberikan konfirmasi apakah pasukan Korea Utara turut bertempur bersama tentaranya melawan Ukraina.",
            Source: "Suara.com",
            CategoryId: Guid.Parse("0193a1b2-0000-7000-8000-000000000001"),
            AuthorIds: [Guid.Parse("0193a1b2-0000-7000-8000-000000000002")],
            Tags: ["korea-utara", "rusia"],
            Cover: new Image("https://img.example/kursk.jpg", "Tentara Ukraina di wilayah Kursk", "AFP", "Tentara di Kursk", 1200, 675),
            Body:
            [
                new BlockRequest(BlockTypes.Paragraph, Html: "Menurut laporan <b>intelijen</b> dari Barat, Ukraina, dan Korea Selatan …"),
                new BlockRequest(BlockTypes.Quote, Text: "Sebanyak 11.000 pasukan terlibat …", Attribution: "Volodymyr Zelensky"),
                new BlockRequest(BlockTypes.ReadAlso, ArticleId: Guid.Parse("0193a1b2-0000-7000-8000-000000000003")),
                new BlockRequest(BlockTypes.Heading, Level: 2, Text: "Kremlin bungkam"),
                new BlockRequest(BlockTypes.Image, Url: "https://img.example/peskov.jpg", Caption: "Dmitry Peskov", Credit: "AFP"),
                new BlockRequest(BlockTypes.Embed, Url: "https://www.youtube.com/watch?v=abc123"),
            ],
            RelatedIds: [Guid.Parse("0193a1b2-0000-7000-8000-000000000004")],
            MetaTitle: "Rusia Bungkam soal Pasukan Korea Utara di Kursk",
            MetaDescription: "Kremlin menolak berkomentar soal laporan pasukan Korea Utara di Kursk.",
            CanonicalUrl: "https://www.suara.com/news/2024/11/08/rusia-bungkam-pasukan-korea-utara-kursk");
    }
}
