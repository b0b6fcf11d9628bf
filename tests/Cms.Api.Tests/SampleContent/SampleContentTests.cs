using Cms.Api.SampleContent;
using Cms.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.SampleContent;

public sealed class SampleContentTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task The_sample_portal_serves_the_seed_article_and_300_published_articles_and_loading_twice_changes_nothing()
    {
        var loader = api.Services.GetRequiredService<SampleContentLoader>();

        var loaded = await loader.LoadAsync(CancellationToken.None);
        var snapshot = await api.ArticleTablesSnapshotAsync();
        var again = await loader.LoadAsync(CancellationToken.None);

        Assert.True(loaded > 300);
        Assert.Equal(0, again);
        Assert.Equal(snapshot, await api.ArticleTablesSnapshotAsync());

        var seed = (await (await api.Anonymous().GetAsync($"/api/v1/articles/{SeedArticle.Slug}")).ShouldBeOkAsync()).GetProperty("data");
        Assert.Equal(SeedArticle.Title, seed.GetProperty("title").GetString());
        Assert.Equal(new DateTime(2024, 11, 8, 9, 15, 0, DateTimeKind.Utc), seed.GetProperty("publishedAt").GetDateTime());
        Assert.Equal("internasional", seed.GetProperty("category").GetProperty("slug").GetString());
        var readAlso = seed.GetProperty("body").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "readAlso");
        Assert.Equal(SeedArticle.ReadAlsoTitle, readAlso.GetProperty("article").GetProperty("title").GetString());
        Assert.Contains(seed.GetProperty("body").EnumerateArray(), b => b.GetProperty("type").GetString() == "quote"
            && b.GetProperty("attribution").GetString() == "Dmitry Peskov");

        var published = await (await api.Admin().GetAsync("/api/v1/admin/articles?status=published&limit=100&page=3")).ShouldBeOkAsync();
        Assert.True(published.GetProperty("meta").GetProperty("total").GetInt32() >= 300);
        foreach (var article in published.GetProperty("data").EnumerateArray().Take(10))
        {
            var slug = article.GetProperty("slug").GetString();
            var shown = (await (await api.Anonymous().GetAsync($"/api/v1/articles/{slug}")).ShouldBeOkAsync()).GetProperty("data");
            Assert.True(shown.GetProperty("body").GetArrayLength() >= 4);
            Assert.True(shown.GetProperty("publishedAt").GetDateTime() > api.Clock.GetUtcNow().UtcDateTime.AddDays(-31));
        }

        var scheduled = await (await api.Admin().GetAsync("/api/v1/admin/articles?status=scheduled")).ShouldBeOkAsync();
        var drafts = await (await api.Admin().GetAsync("/api/v1/admin/articles?status=draft")).ShouldBeOkAsync();
        Assert.True(scheduled.GetProperty("meta").GetProperty("total").GetInt32() > 0);
        Assert.True(drafts.GetProperty("meta").GetProperty("total").GetInt32() > 0);
        var home = await (await api.Anonymous().GetAsync("/api/v1/sections?include=articles&limit=5")).ShouldBeOkAsync();
        var rails = home.GetProperty("data").EnumerateArray().ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("articles"));
        Assert.Equal(5, rails["terkini"].GetArrayLength());
        Assert.True(rails["terpopuler"][0].GetProperty("views").GetInt64() >= rails["terpopuler"][1].GetProperty("views").GetInt64());
        Assert.True(rails["terpopuler"][4].GetProperty("views").GetInt64() > 0);
        var picks = await (await api.Admin().GetAsync("/api/v1/admin/sections/pilihan/items")).ShouldBeOkAsync();
        Assert.True(picks.GetProperty("data").GetProperty("items").GetArrayLength() >= 5);

        var tree = await (await api.Anonymous().GetAsync("/api/v1/categories")).ShouldBeOkAsync();
        var news = tree.GetProperty("data").EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "news");
        Assert.Equal(["nasional", "internasional", "metropolitan", "daerah"], news.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
    }
}
