using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Api.Tests.Infrastructure;
using Cms.Api.Views;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.Sections;

public sealed class SectionTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    private const string Admin = "/api/v1/admin/sections";

    [Fact]
    public async Task Terkini_terpopuler_and_pilihan_ship_by_default_and_cannot_be_deleted()
    {
        var list = await (await api.Anonymous().GetAsync("/api/v1/sections")).ShouldBeOkAsync();
        var etag = (await api.Admin().GetAsync($"{Admin}/pilihan")).ETag();
        var delete = await api.Admin().SendWithIfMatchAsync(HttpMethod.Delete, $"{Admin}/pilihan", etag);

        var sections = list.GetProperty("data").EnumerateArray().Take(3).Select(s => (s.GetProperty("key").GetString(), s.GetProperty("kind").GetString())).ToList();
        Assert.Equal([("terkini", "latest"), ("terpopuler", "popular"), ("pilihan", "curated")], sections);
        await delete.ShouldBeProblemAsync(HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task A_latest_rail_scoped_to_a_category_pages_by_cursor_through_that_category_only()
    {
        var categoryId = await api.Admin().CreateCategoryAsync();
        var key = await CreateSectionAsync("latest", categoryId);
        var inside = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            api.Clock.Advance(TimeSpan.FromMinutes(1));
            inside.Add((await api.Admin().PublishedArticleAsync(new { title = $"Di rubrik {i}", categoryId })).Id);
        }

        await api.Admin().PublishedArticleAsync(new { title = "Di luar rubrik" });

        var first = await (await api.Anonymous().GetAsync($"/api/v1/sections/{key}/articles?limit=2")).ShouldBeOkAsync();
        var next = first.GetProperty("links").GetProperty("next").GetString()!;
        var second = await (await api.Anonymous().GetAsync(next)).ShouldBeOkAsync();

        Assert.Equal(inside.AsEnumerable().Reverse(), Ids(first).Concat(Ids(second)));
        Assert.StartsWith($"/api/v1/sections/{key}/articles?", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_popular_rail_ranks_by_views_in_its_window_shows_the_counts_and_fills_with_the_latest()
    {
        var categoryId = await api.Admin().CreateCategoryAsync();
        var key = await CreateSectionAsync("popular", categoryId, windowHours: 24);
        var old = await api.Admin().PublishedArticleAsync(new { title = "Dulu populer", categoryId });
        await ViewAsync(old.Id, 10);
        api.Clock.Advance(TimeSpan.FromHours(25));
        var less = await api.Admin().PublishedArticleAsync(new { title = "Agak populer", categoryId });
        var most = await api.Admin().PublishedArticleAsync(new { title = "Paling populer", categoryId });
        var unread = await api.Admin().PublishedArticleAsync(new { title = "Belum dibaca", categoryId });
        await ViewAsync(less.Id, 2);
        await ViewAsync(most.Id, 5);

        var rail = await (await api.Anonymous().GetAsync($"/api/v1/sections/{key}/articles?limit=4")).ShouldBeOkAsync();

        Assert.Equal([most.Id, less.Id, unread.Id, old.Id], Ids(rail));
        var items = rail.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(5, items[0].GetProperty("views").GetInt64());
        Assert.Equal(2, items[1].GetProperty("views").GetInt64());
        Assert.Equal(0, items[2].GetProperty("views").GetInt64());
    }

    [Fact]
    public async Task A_curated_rail_shows_pinned_items_first_then_the_rest_in_order_dropping_expired_and_unpublished_and_fills_with_the_latest()
    {
        var categoryId = await api.Admin().CreateCategoryAsync();
        var key = await CreateSectionAsync("curated", categoryId);
        var now = api.Clock.GetUtcNow();
        var first = await api.Admin().PublishedArticleAsync(new { title = "Pilihan satu", categoryId });
        var pinned = await api.Admin().PublishedArticleAsync(new { title = "Disematkan", categoryId });
        var expired = await api.Admin().PublishedArticleAsync(new { title = "Kedaluwarsa", categoryId });
        var withdrawn = await api.Admin().PublishedArticleAsync(new { title = "Ditarik", categoryId });
        var pinEnded = await api.Admin().PublishedArticleAsync(new { title = "Sematan habis", categoryId });
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        var latest = await api.Admin().PublishedArticleAsync(new { title = "Terbaru pengisi", categoryId });

        var put = await PutItemsAsync(key, new object[]
        {
            new { articleId = first.Id },
            new { articleId = expired.Id, expiresAt = now.AddMinutes(30) },
            new { articleId = withdrawn.Id },
            new { articleId = pinEnded.Id, pinnedUntil = now.AddMinutes(30) },
            new { articleId = pinned.Id, pinnedUntil = now.AddDays(1) },
        });
        await put.ShouldBeOkAsync();
        await api.Admin().TransitionAsync(await api.Admin().ReadAsync(withdrawn.Id), "unpublish");
        api.Clock.Advance(TimeSpan.FromHours(1));

        var rail = await (await api.Anonymous().GetAsync($"/api/v1/sections/{key}/articles?limit=4")).ShouldBeOkAsync();

        Assert.Equal([pinned.Id, first.Id, pinEnded.Id, latest.Id], Ids(rail));
    }

    [Fact]
    public async Task Curated_items_have_their_own_etag_and_a_put_checks_it_duplicates_unknown_articles_and_the_role()
    {
        var a = await api.Admin().PublishedArticleAsync(new { title = "A" });
        var b = await api.Admin().PublishedArticleAsync(new { title = "B" });
        var read = await api.Admin().GetAsync($"{Admin}/pilihan/items");
        var etag = read.ETag();

        var missing = await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/pilihan/items", null, new { items = new[] { new { articleId = a.Id } } });
        var duplicate = await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/pilihan/items", etag, new { items = new[] { new { articleId = a.Id }, new { articleId = a.Id } } });
        var unknown = await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/pilihan/items", etag, new { items = new[] { new { articleId = a.Id }, new { articleId = Guid.CreateVersion7() } } });
        var writer = await (await api.As("writer")).SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/pilihan/items", etag, new { items = new[] { new { articleId = a.Id } } });
        var ok = await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/pilihan/items", etag, new { items = new[] { new { articleId = b.Id }, new { articleId = a.Id } } });
        var stale = await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/pilihan/items", etag, new { items = Array.Empty<object>() });

        await missing.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "precondition_required");
        await duplicate.ShouldBeInvalidAsync("items[1].articleId");
        await unknown.ShouldBeInvalidAsync("items[1].articleId");
        await writer.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var saved = await ok.ShouldBeOkAsync();
        Assert.NotEqual(etag, ok.ETag());
        Assert.Equal([b.Id, a.Id], saved.GetProperty("data").GetProperty("items").EnumerateArray().Select(i => Guid.Parse(i.GetProperty("articleId").GetString()!)));
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        var reread = await api.Admin().GetAsync($"{Admin}/pilihan/items");
        Assert.Equal(ok.ETag(), reread.ETag());
    }

    [Fact]
    public async Task The_home_screen_call_returns_every_rail_with_its_first_articles()
    {
        await api.Admin().PublishedArticleAsync(new { title = "Untuk beranda 1" });
        await api.Admin().PublishedArticleAsync(new { title = "Untuk beranda 2" });
        await api.Admin().PublishedArticleAsync(new { title = "Untuk beranda 3" });

        var home = await (await api.Anonymous().GetAsync("/api/v1/sections?include=articles&limit=2")).ShouldBeOkAsync();
        var plain = await (await api.Anonymous().GetAsync("/api/v1/sections")).ShouldBeOkAsync();

        Assert.All(home.GetProperty("data").EnumerateArray(), s => Assert.Equal(2, s.GetProperty("articles").GetArrayLength()));
        Assert.All(plain.GetProperty("data").EnumerateArray(), s => Assert.False(s.TryGetProperty("articles", out _)));
    }

    [Theory]
    [InlineData("/api/v1/sections?include=comments", "include")]
    [InlineData("/api/v1/sections?include=articles&limit=21", "limit")]
    [InlineData("/api/v1/sections/pilihan/articles?cursor=abc", "cursor")]
    [InlineData("/api/v1/sections/terkini/articles?limit=0", "limit")]
    public async Task Bad_section_parameters_answer_400(string url, string parameter)
    {
        var response = await api.Anonymous().GetAsync(url);

        await response.ShouldBeInvalidAsync(parameter);
    }

    [Fact]
    public async Task Admins_add_change_and_delete_their_own_sections_and_others_may_not()
    {
        var categoryId = await api.Admin().CreateCategoryAsync();
        var key = Newsroom.UniqueSlug("terkini-internasional");

        var byEditor = await (await api.As("editor")).PostAsJsonAsync(Admin, new { key, name = "Terkini Internasional", kind = "latest", categoryId });
        var created = await api.Admin().PostAsJsonAsync(Admin, new { key, name = "Terkini Internasional", kind = "latest", categoryId });
        var duplicate = await api.Admin().PostAsJsonAsync(Admin, new { key, name = "Lagi", kind = "latest" });
        var badKind = await api.Admin().PostRawJsonAsync(Admin, $$"""{"key": "{{Newsroom.UniqueSlug("x")}}", "name": "X", "kind": "random"}""");
        var renamed = await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/{key}", created.ETag(), new { name = "Terkini Dunia", categoryId });
        var deleted = await api.Admin().SendWithIfMatchAsync(HttpMethod.Delete, $"{Admin}/{key}", renamed.ETag());

        await byEditor.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var data = (await created.ShouldBeOkAsync(HttpStatusCode.Created)).GetProperty("data");
        Assert.Equal(categoryId.ToString(), data.GetProperty("category").GetProperty("id").GetString());
        await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict, "conflict");
        await badKind.ShouldBeInvalidAsync("kind", "bad_request");
        Assert.Equal("Terkini Dunia", (await renamed.ShouldBeOkAsync()).GetProperty("data").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await api.Anonymous().GetAsync($"/api/v1/sections/{key}/articles")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    private async Task<string> CreateSectionAsync(string kind, Guid categoryId, int windowHours = 24)
    {
        var key = Newsroom.UniqueSlug(kind);
        var response = await api.Admin().PostAsJsonAsync(Admin, new { key, name = key, kind, categoryId, windowHours });
        await response.ShouldBeOkAsync(HttpStatusCode.Created);
        return key;
    }

    private async Task<HttpResponseMessage> PutItemsAsync(string key, object[] items)
    {
        var etag = (await api.Admin().GetAsync($"{Admin}/{key}/items")).ETag();
        return await api.Admin().SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/{key}/items", etag, new { items });
    }

    private async Task ViewAsync(Guid id, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/articles/{id}/views");
            request.Headers.TryAddWithoutValidation("User-Agent", "Mozilla/5.0");
            Assert.Equal(HttpStatusCode.Accepted, (await api.Anonymous().SendAsync(request)).StatusCode);
        }

        await api.Services.GetRequiredService<ViewCounter>().FlushAsync(CancellationToken.None);
    }

    private static IEnumerable<Guid> Ids(JsonElement list) =>
        list.GetProperty("data").EnumerateArray().Select(a => Guid.Parse(a.GetProperty("id").GetString()!));
}
