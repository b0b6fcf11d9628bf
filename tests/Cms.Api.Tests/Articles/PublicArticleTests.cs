using System.Net;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Articles;

public sealed class PublicArticleTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task A_published_article_is_served_with_category_authors_tags_cover_seo_and_blocks()
    {
        var admin = api.Admin();
        var categorySlug = Newsroom.UniqueSlug("internasional");
        var categoryId = await admin.CreateCategoryAsync(categorySlug);
        var authorId = await admin.CreateAuthorAsync("Dini Afrianti Efendi");
        var tag = Newsroom.UniqueSlug("korea-utara");
        var article = await admin.PublishedArticleAsync(new
        {
            title = "Rusia Bungkam soal Pasukan Korea Utara di Kursk",
            lead = "Rusia menolak memberikan konfirmasi.",
            source = "Suara.com",
            categoryId,
            authorIds = new[] { authorId },
            tags = new[] { tag },
            cover = new { url = "https://img.example/kursk.jpg", caption = "Kursk", credit = "AFP" },
            metaTitle = "Rusia bungkam",
            metaDescription = "Kremlin menolak berkomentar.",
            canonicalUrl = "https://www.suara.com/news/kursk",
            body = new object[]
            {
                new { type = "paragraph", html = "Menurut <b>laporan</b>" },
                new { type = "quote", text = "Sebanyak 11.000 pasukan terlibat", attribution = "Volodymyr Zelensky" },
                new { type = "heading", level = 2, text = "Kremlin bungkam" },
                new { type = "image", url = "https://img.example/peskov.jpg", caption = "Peskov", credit = "AFP" },
                new { type = "embed", url = "https://www.youtube.com/watch?v=abc" },
            },
        });

        var response = await api.Anonymous().GetAsync($"/api/v1/articles/{article.Slug}");

        var data = (await response.ShouldBeOkAsync()).GetProperty("data");
        Assert.Equal(article.Id.ToString(), data.GetProperty("id").GetString());
        Assert.Equal("Suara.com", data.GetProperty("source").GetString());
        Assert.Equal(categorySlug, data.GetProperty("category").GetProperty("slug").GetString());
        Assert.Equal("Dini Afrianti Efendi", data.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal(tag, data.GetProperty("tags")[0].GetProperty("slug").GetString());
        Assert.Equal("AFP", data.GetProperty("cover").GetProperty("credit").GetString());
        Assert.Equal("Rusia bungkam", data.GetProperty("metaTitle").GetString());
        Assert.Equal("https://www.suara.com/news/kursk", data.GetProperty("canonicalUrl").GetString());
        Assert.Equal(api.Clock.GetUtcNow().UtcDateTime, data.GetProperty("publishedAt").GetDateTime());
        var types = data.GetProperty("body").EnumerateArray().Select(b => b.GetProperty("type").GetString());
        Assert.Equal(["paragraph", "quote", "heading", "image", "embed"], types);
        Assert.Equal("Volodymyr Zelensky", data.GetProperty("body")[1].GetProperty("attribution").GetString());
        Assert.Equal(2, data.GetProperty("body")[2].GetProperty("level").GetInt32());
    }

    [Fact]
    public async Task A_read_also_block_shows_its_targets_current_title_slug_and_cover()
    {
        var admin = api.Admin();
        var target = await admin.PublishedArticleAsync(new { title = "Korea Selatan Tembakkan Rudal Balistik", cover = new { url = "https://img.example/rudal.jpg" } });
        var article = await admin.PublishedArticleAsync(new { title = "Dengan baca juga", body = new object[] { new { type = "readAlso", articleId = target.Id } } });
        await admin.PutAsync(target, new { title = "Korea Selatan Tembakkan Rudal Balistik sebagai Tanggapan", cover = new { url = "https://img.example/rudal-2.jpg" } });

        var block = (await (await api.Anonymous().GetAsync($"/api/v1/articles/{article.Slug}")).ShouldBeOkAsync())
            .GetProperty("data").GetProperty("body")[0];

        Assert.Equal("readAlso", block.GetProperty("type").GetString());
        var linked = block.GetProperty("article");
        Assert.Equal(target.Id.ToString(), linked.GetProperty("id").GetString());
        Assert.Equal(target.Slug, linked.GetProperty("slug").GetString());
        Assert.Equal("Korea Selatan Tembakkan Rudal Balistik sebagai Tanggapan", linked.GetProperty("title").GetString());
        Assert.Equal("https://img.example/rudal-2.jpg", linked.GetProperty("cover").GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_read_also_block_disappears_while_its_target_is_not_public()
    {
        var admin = api.Admin();
        var target = await admin.PublishedArticleAsync(new { title = "Target" });
        var article = await admin.PublishedArticleAsync(new
        {
            title = "Dengan baca juga yang akan hilang",
            body = new object[] { new { type = "paragraph", html = "a" }, new { type = "readAlso", articleId = target.Id }, new { type = "paragraph", html = "b" } },
        });

        var unpublished = await (await admin.TransitionAsync(target, "unpublish")).ToHandleAsync();
        var whileDraft = await BodyTypesAsync(article.Slug);
        await admin.PublishAsync(unpublished);
        var whenRepublished = await BodyTypesAsync(article.Slug);

        Assert.Equal(["paragraph", "paragraph"], whileDraft);
        Assert.Equal(["paragraph", "readAlso", "paragraph"], whenRepublished);
    }

    [Fact]
    public async Task Drafts_future_scheduled_archived_and_deleted_articles_answer_404()
    {
        var admin = api.Admin();
        var draft = await admin.CreateArticleAsync("Masih draf");
        var scheduled = await admin.PublishAsync(await admin.CreateArticleAsync("Terjadwal"), api.Clock.GetUtcNow().AddHours(2));
        var archived = await (await admin.TransitionAsync(await admin.PublishedArticleAsync(new { title = "Diarsipkan" }), "archive")).ToHandleAsync();
        var deleted = await admin.PublishedArticleAsync(new { title = "Dihapus" });
        await admin.SendWithIfMatchAsync(HttpMethod.Delete, deleted.AdminUrl, deleted.ETag);

        foreach (var slug in new[] { draft.Slug, scheduled.Slug, archived.Slug, deleted.Slug, "tidak-pernah-ada" })
        {
            var response = await api.Anonymous().GetAsync($"/api/v1/articles/{slug}");
            await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        }

        await (await admin.GetAsync(deleted.AdminUrl)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    private async Task<List<string?>> BodyTypesAsync(string slug) =>
        (await (await api.Anonymous().GetAsync($"/api/v1/articles/{slug}")).ShouldBeOkAsync())
            .GetProperty("data").GetProperty("body").EnumerateArray().Select(b => b.GetProperty("type").GetString()).ToList();
}
