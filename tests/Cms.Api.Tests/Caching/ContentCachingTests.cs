using System.Net;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Caching;

public sealed class ContentCachingTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task An_article_carries_a_strong_etag_cache_control_and_surrogate_keys_and_a_matching_if_none_match_gets_304()
    {
        var admin = api.Admin();
        var categoryId = await admin.CreateCategoryAsync();
        var target = await admin.PublishedArticleAsync(new { title = "Target baca juga" });
        var article = await admin.PublishedArticleAsync(new { title = "Dengan cache", categoryId, body = new object[] { new { type = "readAlso", articleId = target.Id } } });

        var first = await api.Anonymous().GetAsync($"/api/v1/articles/{article.Slug}");
        var etag = first.Headers.ETag!;
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/articles/{article.Slug}");
        request.Headers.TryAddWithoutValidation("If-None-Match", etag.ToString());
        var revalidated = await api.Anonymous().SendAsync(request);

        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: 60 });
        Assert.Contains("stale-while-revalidate=300", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var keys = first.Headers.GetValues("Surrogate-Key").Single().Split(' ');
        Assert.Contains($"article:{article.Id}", keys);
        Assert.Contains($"article:{target.Id}", keys);
        Assert.Contains($"category:{categoryId}", keys);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, revalidated.Headers.ETag);
    }

    [Fact]
    public async Task Renaming_a_read_also_target_changes_the_etag_of_the_article_that_shows_it()
    {
        var admin = api.Admin();
        var target = await admin.PublishedArticleAsync(new { title = "Judul lama target" });
        var article = await admin.PublishedArticleAsync(new { title = "Penunjuk", body = new object[] { new { type = "readAlso", articleId = target.Id } } });
        var before = (await api.Anonymous().GetAsync($"/api/v1/articles/{article.Slug}")).Headers.ETag;

        await admin.PutAsync(target, new { title = "Judul baru target" });
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/articles/{article.Slug}");
        request.Headers.TryAddWithoutValidation("If-None-Match", before!.ToString());
        var after = await api.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before, after.Headers.ETag);
    }

    [Fact]
    public async Task Lists_name_lists_and_their_articles_and_errors_and_previews_are_not_made_cacheable()
    {
        var article = await api.Admin().PublishedArticleAsync(new { title = "Di daftar" });

        var list = await api.Anonymous().GetAsync("/api/v1/articles?limit=100");
        var missing = await api.Anonymous().GetAsync("/api/v1/articles/tidak-ada");
        var draft = await api.Admin().CreateArticleAsync("Draf pratinjau");
        var link = (await (await api.Admin().PostAsync($"{draft.AdminUrl}/preview-links", null)).ShouldBeOkAsync(HttpStatusCode.Created))
            .GetProperty("data").GetProperty("url").GetString();
        var preview = await api.Anonymous().GetAsync(link);

        var keys = list.Headers.GetValues("Surrogate-Key").Single().Split(' ');
        Assert.Contains("lists", keys);
        Assert.Contains($"article:{article.Id}", keys);
        Assert.True(list.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: 30 });
        Assert.Null(missing.Headers.ETag);
        Assert.Null(missing.Headers.CacheControl);
        Assert.Null(preview.Headers.ETag);
        Assert.True(preview.Headers.CacheControl is { Private: true, NoStore: true, Public: false });
    }

    [Fact]
    public async Task The_category_tree_is_cacheable_for_longer()
    {
        var response = await api.Anonymous().GetAsync("/api/v1/categories");

        Assert.True(response.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: 300 });
        Assert.NotNull(response.Headers.ETag);
    }
}
