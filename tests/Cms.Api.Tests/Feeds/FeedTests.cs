using System.Xml.Linq;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Feeds;

public sealed class FeedTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    [Fact]
    public async Task The_rss_feed_lists_the_latest_articles_with_links_to_the_front_end()
    {
        var categorySlug = Newsroom.UniqueSlug("bola");
        var categoryId = await api.Admin().CreateCategoryAsync(categorySlug);
        var article = await api.Admin().PublishedArticleAsync(new { title = "Timnas Menang & Lolos", lead = "Skor 2-1.", categoryId });
        await api.Admin().PublishedArticleAsync(new { title = "Di luar rubrik" });

        var response = await api.Anonymous().GetAsync($"/api/v1/feeds/rss.xml?category={categorySlug}");

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var item = rss.Root!.Element("channel")!.Elements("item").Single();
        Assert.Equal("Timnas Menang & Lolos", item.Element("title")!.Value);
        Assert.Equal($"https://www.example.com/{categorySlug}/read/{article.Slug}", item.Element("link")!.Value);
        Assert.Equal(article.Id.ToString(), item.Element("guid")!.Value);
        Assert.Equal("Skor 2-1.", item.Element("description")!.Value);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task The_json_feed_follows_json_feed_1_1()
    {
        var article = await api.Admin().PublishedArticleAsync(new { title = "Untuk JSON Feed", cover = new { url = "https://img.example/a.jpg" } });

        var feed = await (await api.Anonymous().GetAsync("/api/v1/feeds/feed.json")).ShouldBeOkAsync();

        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        var item = feed.GetProperty("items").EnumerateArray().First(i => i.GetProperty("id").GetString() == article.Id.ToString());
        Assert.Equal("Untuk JSON Feed", item.GetProperty("title").GetString());
        Assert.Equal("https://img.example/a.jpg", item.GetProperty("image").GetString());
    }

    [Fact]
    public async Task The_google_news_sitemap_carries_only_the_last_two_days()
    {
        var old = await api.Admin().PublishedArticleAsync(new { title = "Berita tiga hari lalu" });
        api.Clock.Advance(TimeSpan.FromDays(3));
        var fresh = await api.Admin().PublishedArticleAsync(new { title = "Berita hari ini" });

        var response = await api.Anonymous().GetAsync("/api/v1/feeds/news-sitemap.xml");

        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var titles = sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(News + "news")!.Element(News + "title")!.Value).ToList();
        Assert.Contains(fresh.Data.GetProperty("title").GetString(), titles);
        Assert.DoesNotContain(old.Data.GetProperty("title").GetString(), titles);
        var first = sitemap.Root.Elements(Sitemap + "url").First().Element(News + "news")!;
        Assert.Equal("id", first.Element(News + "publication")!.Element(News + "language")!.Value);
    }

    [Fact]
    public async Task Feeds_refuse_unknown_parameters_and_bad_category_slugs()
    {
        await (await api.Anonymous().GetAsync("/api/v1/feeds/rss.xml?format=atom")).ShouldBeInvalidAsync("format", "bad_request");
        await (await api.Anonymous().GetAsync("/api/v1/feeds/rss.xml?category=Bad_Slug")).ShouldBeInvalidAsync("category");
    }
}
