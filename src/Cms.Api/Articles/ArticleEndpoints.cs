using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Api.Infrastructure.Auth;
using Cms.Api.Infrastructure.Database;
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
        api.Content.MapGet("/articles/{slug}", GetPublic).WithTags("Articles").WithName("GetArticle")
            .WithSummary("A published article by slug, with its body blocks and read-also links resolved").ProducesProblem(404);

        var admin = api.Admin.MapGroup("/articles").WithTags("Articles (management)");
        admin.MapPost("/", Create).WithName("CreateArticle").WithSummary("Create an article (a draft); the slug is generated from the title when omitted")
            .WithRequestExample(Examples.Article).ProducesProblem(403).ProducesProblem(409);
        admin.MapGet("/", List).WithName("ListArticles").WithSummary("List articles of every status, newest first, filtered and in numbered pages");
        admin.MapGet("/{id:guid}", Get).WithName("GetArticleById").WithSummary("Get one article as stored, with its ETag").ProducesProblem(404);
        admin.MapPut("/{id:guid}", Replace).WithName("ReplaceArticle").WithSummary("Replace an article whole (If-Match required)")
            .WithRequestExample(Examples.Article)
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        admin.MapPatch("/{id:guid}", Patch).WithName("PatchArticle").WithSummary("Change some fields with a JSON Merge Patch (If-Match required)")
            .Accepts<JsonObject>(MergePatch.MediaType, "application/json")
            .WithRequestExample(new { title = "Rusia Tetap Bungkam soal Pasukan Korea Utara", lead = (string?)null })
            .ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(428);
        admin.MapDelete("/{id:guid}", Delete).WithName("DeleteArticle").WithSummary("Delete an article (soft: its slugs stay reserved; If-Match required)")
            .ProducesProblem(404).ProducesProblem(412).ProducesProblem(428);
        return api;
    }

    private static async Task<Results<Ok<DataResponse<PublicArticleResponse>>, ProblemHttpResult>> GetPublic(
        string slug, ArticleRepository articles, CancellationToken ct) =>
        await articles.FindPublicAsync(slug, ct) is { } article
            ? TypedResults.Ok(new DataResponse<PublicArticleResponse>(article))
            : Problems.NotFound($"No published article has the slug '{slug}'.");

    private static async Task<Results<Created<DataResponse<ArticleResponse>>, ProblemHttpResult>> Create(
        ArticleRequest request, ArticleRepository articles, ClaimsPrincipal user, HttpContext http, CancellationToken ct)
    {
        var result = await articles.CreateAsync(request, Caller.From(user), ct);
        if (result.Row is not { } row)
        {
            return Problems.From(result, NotFound);
        }

        ETags.Set(http, row.Version);
        return TypedResults.Created($"{AdminPath}/{row.Id}", new DataResponse<ArticleResponse>(row.ToResponse()));
    }

    private static async Task<Ok<ListResponse<ArticleListItem, PageMeta>>> List(
        [AsParameters] ArticleListQuery query, ArticleRepository articles, HttpContext http, CancellationToken ct)
    {
        var (rows, total) = await articles.ListAsync(query, ct);
        return TypedResults.Ok(query.ToPage(rows.Select(r => r.ToListItem()).ToList(), total, http));
    }

    private static async Task<Results<Ok<DataResponse<ArticleResponse>>, ProblemHttpResult>> Get(
        Guid id, ArticleRepository articles, HttpContext http, CancellationToken ct)
    {
        if (await articles.GetAsync(id, ct) is not { } row)
        {
            return Problems.NotFound(NotFound);
        }

        ETags.Set(http, row.Version);
        return TypedResults.Ok(new DataResponse<ArticleResponse>(row.ToResponse()));
    }

    private static async Task<Results<Ok<DataResponse<ArticleResponse>>, ProblemHttpResult>> Replace(
        Guid id, ArticleRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        ArticleRepository articles, ClaimsPrincipal user, HttpContext http, CancellationToken ct)
    {
        if (!ETags.TryReadIfMatch(ifMatch, out var version))
        {
            return Problems.PreconditionRequired();
        }

        return Saved(await articles.UpdateAsync(id, version, request, Caller.From(user), ct), http);
    }

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
        return Saved(await articles.UpdateAsync(id, version ?? current.Version, request, Caller.From(user), ct), http);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, ArticleRepository articles, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!ETags.TryReadIfMatch(ifMatch, out var version))
        {
            return Problems.PreconditionRequired();
        }

        var result = await articles.DeleteAsync(id, version, Caller.From(user), ct);
        return result.Status == WriteStatus.Done ? TypedResults.NoContent() : Problems.From(result, NotFound);
    }

    private static Results<Ok<DataResponse<ArticleResponse>>, ProblemHttpResult> Saved(WriteResult<ArticleRow> result, HttpContext http)
    {
        if (result.Row is not { } row)
        {
            return Problems.From(result, NotFound);
        }

        ETags.Set(http, row.Version);
        return TypedResults.Ok(new DataResponse<ArticleResponse>(row.ToResponse()));
    }

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
