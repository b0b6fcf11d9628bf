using System.Net;
using Cms.Api.Tests.Infrastructure;
using Cms.Api.Views;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.Caching;

/// <summary>
/// The service's own cache of content responses: a cached copy carries an Age header; a write
/// evicts what it affects before it returns, and leaves the rest cached.
/// </summary>
public sealed class OutputCacheTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task A_write_evicts_what_it_affects_before_it_returns_and_unrelated_responses_stay_cached()
    {
        var admin = api.Admin();
        var changed = await admin.PublishedArticleAsync(new { title = "Akan diubah" });
        var unrelated = await admin.PublishedArticleAsync(new { title = "Tidak terkait" });
        var missed = await GetAsync($"/api/v1/articles/{changed.Slug}");
        await GetAsync($"/api/v1/articles/{unrelated.Slug}");
        var cachedChanged = await GetAsync($"/api/v1/articles/{changed.Slug}");
        Assert.True(cachedChanged.Headers.Age is not null, "the second read should come from the cache");
        Assert.Equal(missed.Headers.ETag, cachedChanged.Headers.ETag);
        Assert.Equal(missed.Headers.CacheControl, cachedChanged.Headers.CacheControl);
        Assert.Equal(missed.Headers.GetValues("Surrogate-Key").Single(), cachedChanged.Headers.GetValues("Surrogate-Key").Single());
        Assert.Equal(await missed.Content.ReadAsStringAsync(), await cachedChanged.Content.ReadAsStringAsync());

        await admin.PutAsync(await admin.ReadAsync(changed.Id), new { title = "Sudah diubah" });
        var afterWrite = await GetAsync($"/api/v1/articles/{changed.Slug}");
        var stillCached = await GetAsync($"/api/v1/articles/{unrelated.Slug}");

        Assert.Null(afterWrite.Headers.Age);
        Assert.Equal("Sudah diubah", (await afterWrite.ShouldBeOkAsync()).GetProperty("data").GetProperty("title").GetString());
        Assert.NotNull(stillCached.Headers.Age);
    }

    [Fact]
    public async Task Publishing_an_article_evicts_the_lists_at_once()
    {
        var categoryId = await api.Admin().CreateCategoryAsync();
        await api.Admin().PublishedArticleAsync(new { title = "Pertama", categoryId });
        await GetAsync("/api/v1/articles?limit=100");
        Assert.NotNull((await GetAsync("/api/v1/articles?limit=100")).Headers.Age);

        var fresh = await api.Admin().PublishedArticleAsync(new { title = "Kedua", categoryId });
        var list = await (await GetAsync("/api/v1/articles?limit=100")).ShouldBeOkAsync();

        Assert.Contains(list.GetProperty("data").EnumerateArray(), a => a.GetProperty("id").GetString() == fresh.Id.ToString());
    }

    [Fact]
    public async Task Renaming_a_category_evicts_the_tree()
    {
        var slug = Newsroom.UniqueSlug("ganti-nama");
        var id = await api.Admin().CreateCategoryAsync(slug);
        await GetAsync("/api/v1/categories");
        Assert.NotNull((await GetAsync("/api/v1/categories")).Headers.Age);

        var etag = (await api.Admin().GetAsync($"/api/v1/admin/categories/{id}")).ETag();
        await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/admin/categories/{id}", etag, new { slug, name = "Nama Baru" });
        var tree = await (await GetAsync("/api/v1/categories")).ShouldBeOkAsync();

        Assert.Contains(tree.GetProperty("data").EnumerateArray(), c => c.GetProperty("name").GetString() == "Nama Baru");
    }

    [Fact]
    public async Task A_views_flush_evicts_the_popular_rail_and_a_pin_ending_evicts_the_curated_one_on_the_next_scheduler_tick()
    {
        var admin = api.Admin();
        var read = await admin.PublishedArticleAsync(new { title = "Mendadak populer" });
        await GetAsync("/api/v1/sections/terpopuler/articles?limit=100");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/articles/{read.Id}/views");
        request.Headers.TryAddWithoutValidation("User-Agent", "Mozilla/5.0");
        await api.Anonymous().SendAsync(request);
        await api.Services.GetRequiredService<ViewCounter>().FlushAsync(CancellationToken.None);
        var popular = await (await GetAsync("/api/v1/sections/terpopuler/articles?limit=100")).ShouldBeOkAsync();
        Assert.Equal(read.Id.ToString(), popular.GetProperty("data")[0].GetProperty("id").GetString());

        var pinned = await admin.PublishedArticleAsync(new { title = "Disematkan sebentar" });
        var first = await admin.PublishedArticleAsync(new { title = "Pertama di daftar" });
        var etag = (await admin.GetAsync("/api/v1/admin/sections/pilihan/items")).ETag();
        await admin.SendWithIfMatchAsync(HttpMethod.Put, "/api/v1/admin/sections/pilihan/items", etag, new
        {
            items = new object[] { new { articleId = first.Id }, new { articleId = pinned.Id, pinnedUntil = api.Clock.GetUtcNow().AddMinutes(10) } },
        });
        var whilePinned = await (await GetAsync("/api/v1/sections/pilihan/articles?limit=2")).ShouldBeOkAsync();
        api.Clock.Advance(TimeSpan.FromMinutes(11));
        await api.RunSchedulerAsync();
        var afterPin = await (await GetAsync("/api/v1/sections/pilihan/articles?limit=2")).ShouldBeOkAsync();

        Assert.Equal(pinned.Id.ToString(), whilePinned.GetProperty("data")[0].GetProperty("id").GetString());
        Assert.Equal(first.Id.ToString(), afterPin.GetProperty("data")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Management_reads_and_previews_are_never_served_from_the_cache()
    {
        var draft = await api.Admin().CreateArticleAsync("Tidak disimpan");
        await api.Admin().GetAsync($"{draft.AdminUrl}/preview");
        var preview = await api.Admin().GetAsync($"{draft.AdminUrl}/preview");
        await api.Admin().GetAsync("/api/v1/categories");
        var withKey = await api.Admin().GetAsync("/api/v1/categories");

        Assert.Null(preview.Headers.Age);
        Assert.Null(withKey.Headers.Age);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
    }

    private Task<HttpResponseMessage> GetAsync(string url) => api.Anonymous().GetAsync(url);
}
