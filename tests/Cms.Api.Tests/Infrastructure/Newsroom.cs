using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Api.Articles;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cms.Api.Tests.Infrastructure;

/// <summary>An article as a test holds on to it: what it needs to address and change it.</summary>
public sealed record ArticleHandle(Guid Id, string Slug, string ETag, JsonElement Data)
{
    public string AdminUrl => $"/api/v1/admin/articles/{Id}";
}

/// <summary>What newsroom tests do over and over, through the HTTP API like any client.</summary>
public static class Newsroom
{
    public const string Articles = "/api/v1/admin/articles";

    public static string UniqueSlug(string stem) => $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<ArticleHandle> CreateArticleAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync(Articles, body);
        return await response.ToHandleAsync(HttpStatusCode.Created);
    }

    public static Task<ArticleHandle> CreateArticleAsync(this HttpClient client, string? title = null) =>
        client.CreateArticleAsync(new { title = title ?? "Berita " + Guid.NewGuid().ToString("N")[..8] });

    public static async Task<ArticleHandle> ToHandleAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var data = (await response.ShouldBeOkAsync(status)).GetProperty("data");
        return new ArticleHandle(Guid.Parse(data.GetProperty("id").GetString()!), data.GetProperty("slug").GetString()!, response.ETag(), data);
    }

    public static async Task<ArticleHandle> ReadAsync(this HttpClient client, Guid id) =>
        await (await client.GetAsync($"{Articles}/{id}")).ToHandleAsync();

    public static Task<HttpResponseMessage> TransitionAsync(this HttpClient client, ArticleHandle article, string action, object? body = null) =>
        client.SendWithIfMatchAsync(HttpMethod.Post, $"{article.AdminUrl}/{action}", article.ETag, body);

    public static async Task<ArticleHandle> PublishAsync(this HttpClient client, ArticleHandle article, DateTimeOffset? publishAt = null) =>
        await (await client.TransitionAsync(article, "publish", publishAt is null ? null : new { publishAt })).ToHandleAsync();

    public static async Task<ArticleHandle> PublishedArticleAsync(this HttpClient editor, object body) =>
        await editor.PublishAsync(await editor.CreateArticleAsync(body));

    public static async Task<ArticleHandle> PutAsync(this HttpClient client, ArticleHandle article, object body) =>
        await (await client.SendWithIfMatchAsync(HttpMethod.Put, article.AdminUrl, article.ETag, body)).ToHandleAsync();

    public static async Task<Guid> CreateAuthorAsync(this HttpClient client, string? name = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/admin/authors", new { slug = UniqueSlug("penulis"), name = name ?? "Penulis" });
        return Guid.Parse((await response.ShouldBeOkAsync(HttpStatusCode.Created)).GetProperty("data").GetProperty("id").GetString()!);
    }

    public static async Task<Guid> CreateCategoryAsync(this HttpClient admin, string? slug = null)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/admin/categories", new { slug = slug ?? UniqueSlug("kategori"), name = "Internasional" });
        return Guid.Parse((await response.ShouldBeOkAsync(HttpStatusCode.Created)).GetProperty("data").GetProperty("id").GetString()!);
    }

    public static async Task<IReadOnlyList<string?>> RunSchedulerAsync(this CmsApiFactory api) =>
        (await api.Services.GetRequiredService<ArticleScheduler>().TickAsync(CancellationToken.None)).Select(id => (string?)id.ToString()).ToList();

    /// <summary>Row counts of every table an article write touches, to prove a refused write wrote nothing.</summary>
    public static async Task<string> ArticleTablesSnapshotAsync(this CmsApiFactory api)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        var counts = await connection.QuerySingleAsync<(long, long, long, long, long, long, long)>(
            """
            select (select count(*) from articles), (select count(*) from article_slugs), (select count(*) from article_authors),
                   (select count(*) from article_tags), (select count(*) from article_related), (select count(*) from article_revisions),
                   (select count(*) from tags)
            """);
        var versions = await connection.QueryAsync<string>("select id::text || ':' || version from articles order by id");
        return counts + " " + string.Join(",", versions);
    }
}
