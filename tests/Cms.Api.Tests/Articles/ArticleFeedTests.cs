using System.Net;
using System.Net.Http.Json;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Articles;

public sealed class ArticleFeedTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task Cursor_paging_walks_every_article_newest_first_without_duplicates_and_items_have_no_body()
    {
        var (category, published) = await PublishInNewCategoryAsync(5);

        var seen = new List<Guid>();
        var url = $"/api/v1/articles?category={category}&limit=2";
        var pages = 0;
        while (url is not null)
        {
            var response = await api.Anonymous().GetAsync(url);
            var body = await response.ShouldBeOkAsync();
            var items = body.GetProperty("data").EnumerateArray().ToList();
            Assert.All(items, item => Assert.False(item.TryGetProperty("body", out _)));
            seen.AddRange(items.Select(i => Guid.Parse(i.GetProperty("id").GetString()!)));
            url = body.GetProperty("links").GetProperty("next").GetString();
            var cursor = body.GetProperty("meta").GetProperty("nextCursor").GetString();
            Assert.Equal(url is null, cursor is null);
            Assert.Equal(url is not null, response.Headers.Contains("Link"));
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(published.AsEnumerable().Reverse(), seen);
    }

    [Fact]
    public async Task A_reader_paging_while_news_is_published_sees_no_duplicate_and_no_gap()
    {
        var (category, published) = await PublishInNewCategoryAsync(4);
        var first = await (await api.Anonymous().GetAsync($"/api/v1/articles?category={category}&limit=2")).ShouldBeOkAsync();

        api.Clock.Advance(TimeSpan.FromMinutes(1));
        await api.Admin().PublishedArticleAsync(new { title = "Berita paling baru", categoryId = await CategoryIdAsync(category) });
        var next = first.GetProperty("links").GetProperty("next").GetString();
        var second = await (await api.Anonymous().GetAsync(next)).ShouldBeOkAsync();

        var ids = first.GetProperty("data").EnumerateArray().Concat(second.GetProperty("data").EnumerateArray())
            .Select(i => Guid.Parse(i.GetProperty("id").GetString()!));
        Assert.Equal(published.AsEnumerable().Reverse(), ids);
    }

    [Fact]
    public async Task Numbered_pages_carry_page_total_and_next_links()
    {
        var (category, published) = await PublishInNewCategoryAsync(3);

        var response = await api.Anonymous().GetAsync($"/api/v1/articles?category={category}&page=1&limit=2");

        var body = await response.ShouldBeOkAsync();
        var meta = body.GetProperty("meta");
        Assert.Equal(1, meta.GetProperty("page").GetInt32());
        Assert.Equal(3, meta.GetProperty("total").GetInt32());
        Assert.Equal($"/api/v1/articles?category={category}&limit=2&page=2", body.GetProperty("links").GetProperty("next").GetString());
        Assert.Equal(published[^1].ToString(), body.GetProperty("data")[0].GetProperty("id").GetString());
        var last = await (await api.Anonymous().GetAsync($"/api/v1/articles?category={category}&page=2&limit=2")).ShouldBeOkAsync();
        Assert.Equal(published[0].ToString(), last.GetProperty("data").EnumerateArray().Single().GetProperty("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, last.GetProperty("links").GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Filters_select_by_category_with_descendants_tag_author_and_time()
    {
        var admin = api.Admin();
        var parent = Newsroom.UniqueSlug("news");
        var parentId = await admin.CreateCategoryAsync(parent);
        var child = await admin.PostAsJsonAsync("/api/v1/admin/categories", new { slug = Newsroom.UniqueSlug("nasional"), name = "Nasional", parentId });
        var childId = (await child.ShouldBeOkAsync(HttpStatusCode.Created)).GetProperty("data").GetProperty("id").GetString();
        var authorId = await admin.CreateAuthorAsync();
        var authorSlug = (await (await admin.GetAsync($"/api/v1/admin/authors/{authorId}")).ShouldBeOkAsync()).GetProperty("data").GetProperty("slug").GetString();
        var tag = Newsroom.UniqueSlug("pilkada");

        var inChild = await admin.PublishedArticleAsync(new { title = "Di subkategori", categoryId = childId, tags = new[] { tag } });
        var from = api.Clock.GetUtcNow().AddSeconds(30);
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        var inParent = await admin.PublishedArticleAsync(new { title = "Di induk", categoryId = parentId, authorIds = new[] { authorId } });
        await admin.CreateArticleAsync(new { title = "Draf tidak tampil", categoryId = parentId, tags = new[] { tag } });

        Assert.Equal([inParent.Id, inChild.Id], await IdsAsync($"category={parent}"));
        Assert.Equal([inChild.Id], await IdsAsync($"tag={tag}"));
        Assert.Equal([inParent.Id], await IdsAsync($"author={authorSlug}"));
        Assert.Equal([inParent.Id], await IdsAsync($"category={parent}&from={Uri.EscapeDataString(from.ToString("O"))}"));
        Assert.Equal([inChild.Id], await IdsAsync($"category={parent}&to={Uri.EscapeDataString(from.ToString("O"))}"));
    }

    [Fact]
    public async Task Ids_return_those_public_articles_in_the_order_asked()
    {
        var admin = api.Admin();
        var a = await admin.PublishedArticleAsync(new { title = "A" });
        var b = await admin.PublishedArticleAsync(new { title = "B" });
        var draft = await admin.CreateArticleAsync("Draf");

        var ids = await IdsAsync($"ids={b.Id},{draft.Id},{a.Id},{Guid.CreateVersion7()}");

        Assert.Equal([b.Id, a.Id], ids);
    }

    [Theory]
    [InlineData("cursor=bukan-kursor", "cursor", "validation_failed")]
    [InlineData("ids=01900000-0000-7000-8000-000000000000,bukan-uuid", "ids", "validation_failed")]
    [InlineData("ids=01900000-0000-7000-8000-000000000000&page=1", "ids", "validation_failed")]
    [InlineData("page=1&cursor=abc.def", "cursor", "validation_failed")]
    [InlineData("from=kemarin", "from", "bad_request")]
    [InlineData("from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "to", "validation_failed")]
    [InlineData("page=101&limit=100", "page", "validation_failed")]
    [InlineData("limit=101", "limit", "validation_failed")]
    [InlineData("category=Bukan_Slug", "category", "validation_failed")]
    [InlineData("q=korea", "q", "bad_request")]
    public async Task Bad_paging_or_filter_parameters_answer_400_naming_the_parameter(string query, string parameter, string code)
    {
        var response = await api.Anonymous().GetAsync($"/api/v1/articles?{query}");

        await response.ShouldBeInvalidAsync(parameter, code);
    }

    [Fact]
    public async Task More_than_100_ids_answer_400()
    {
        var ids = string.Join(',', Enumerable.Range(0, 101).Select(_ => Guid.CreateVersion7()));

        var response = await api.Anonymous().GetAsync($"/api/v1/articles?ids={ids}");

        await response.ShouldBeInvalidAsync("ids");
    }

    [Fact]
    public async Task A_cursor_made_for_other_filters_or_altered_answers_400()
    {
        var (category, _) = await PublishInNewCategoryAsync(3);
        var body = await (await api.Anonymous().GetAsync($"/api/v1/articles?category={category}&limit=1")).ShouldBeOkAsync();
        var cursor = body.GetProperty("meta").GetProperty("nextCursor").GetString()!;
        var altered = cursor[..^2] + (cursor[^2] == 'A' ? "B" : "A") + cursor[^1];

        var otherFilters = await api.Anonymous().GetAsync($"/api/v1/articles?limit=1&cursor={cursor}");
        var tampered = await api.Anonymous().GetAsync($"/api/v1/articles?category={category}&limit=1&cursor={altered}");
        var sameFilters = await api.Anonymous().GetAsync($"/api/v1/articles?category={category}&limit=5&cursor={cursor}");

        await otherFilters.ShouldBeInvalidAsync("cursor");
        await tampered.ShouldBeInvalidAsync("cursor");
        Assert.Equal(2, (await sameFilters.ShouldBeOkAsync()).GetProperty("data").GetArrayLength());
    }

    private async Task<(string Category, List<Guid> Published)> PublishInNewCategoryAsync(int count)
    {
        var slug = Newsroom.UniqueSlug("rubrik");
        var categoryId = await api.Admin().CreateCategoryAsync(slug);
        var published = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            api.Clock.Advance(TimeSpan.FromSeconds(10));
            published.Add((await api.Admin().PublishedArticleAsync(new { title = $"Berita {i}", categoryId })).Id);
        }

        return (slug, published);
    }

    private async Task<Guid> CategoryIdAsync(string slug) =>
        Guid.Parse((await (await api.Anonymous().GetAsync($"/api/v1/categories/{slug}")).ShouldBeOkAsync()).GetProperty("data").GetProperty("id").GetString()!);

    private async Task<List<Guid>> IdsAsync(string query) =>
        (await (await api.Anonymous().GetAsync($"/api/v1/articles?{query}")).ShouldBeOkAsync())
            .GetProperty("data").EnumerateArray().Select(i => Guid.Parse(i.GetProperty("id").GetString()!)).ToList();
}
