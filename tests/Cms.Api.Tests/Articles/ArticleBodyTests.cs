using System.Net;
using System.Net.Http.Json;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Articles;

public sealed class ArticleBodyTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    public static TheoryData<string, string> InvalidBlocks => new()
    {
        { """{"type": "video", "url": "https://v.example/1"}""", "body[1].type" },
        { """{"html": "tanpa tipe"}""", "body[1].type" },
        { """{"type": "paragraph"}""", "body[1].html" },
        { """{"type": "paragraph", "html": "teks", "url": "https://x.example"}""", "body[1].url" },
        { """{"type": "heading", "text": "Judul"}""", "body[1].level" },
        { """{"type": "heading", "level": 1, "text": "Judul"}""", "body[1].level" },
        { """{"type": "heading", "level": 5, "text": "Judul"}""", "body[1].level" },
        { """{"type": "heading", "level": 2}""", "body[1].text" },
        { """{"type": "quote", "attribution": "Peskov"}""", "body[1].text" },
        { """{"type": "image", "caption": "Tanpa url"}""", "body[1].url" },
        { """{"type": "image", "url": "ftp://img.example/a.jpg"}""", "body[1].url" },
        { """{"type": "image", "url": "/relatif.jpg"}""", "body[1].url" },
        { """{"type": "image", "url": "https://img.example/a.jpg", "width": 0}""", "body[1].width" },
        { """{"type": "embed"}""", "body[1].url" },
        { """{"type": "embed", "url": "javascript:alert(1)"}""", "body[1].url" },
        { """{"type": "readAlso"}""", "body[1].articleId" },
        { """{"type": "readAlso", "articleId": "01900000-0000-7000-8000-000000000000"}""", "body[1].articleId" },
    };

    [Theory]
    [MemberData(nameof(InvalidBlocks))]
    public async Task An_invalid_block_answers_400_naming_its_index_and_writes_nothing(string block, string field)
    {
        var before = await api.ArticleTablesSnapshotAsync();

        var response = await api.Admin().PostRawJsonAsync(Newsroom.Articles,
            $$"""{"title": "Blok salah", "body": [{"type": "paragraph", "html": "Pembuka"}, {{block}}]}""");

        await response.ShouldBeInvalidAsync(field);
        Assert.Equal(before, await api.ArticleTablesSnapshotAsync());
    }

    [Theory]
    [InlineData("""{"title": "Sampul", "cover": {"url": "http//broken"}}""", "cover.url")]
    [InlineData("""{"title": "Kanonik", "canonicalUrl": "mailto:redaksi@example.id"}""", "canonicalUrl")]
    [InlineData("""{"title": ""}""", "title")]
    [InlineData("""{"title": "Slug", "slug": "Bukan Slug"}""", "slug")]
    [InlineData("""{"title": "Tag", "tags": ["Korea Utara"]}""", "tags[0]")]
    [InlineData("""{"title": "Penulis", "authorIds": ["01900000-0000-7000-8000-000000000000"]}""", "authorIds[0]")]
    [InlineData("""{"title": "Kategori", "categoryId": "01900000-0000-7000-8000-000000000000"}""", "categoryId")]
    [InlineData("""{"title": "Terkait", "relatedIds": ["01900000-0000-7000-8000-000000000000"]}""", "relatedIds[0]")]
    public async Task An_invalid_field_answers_400_naming_it_and_writes_nothing(string json, string field)
    {
        var before = await api.ArticleTablesSnapshotAsync();

        var response = await api.Admin().PostRawJsonAsync(Newsroom.Articles, json);

        await response.ShouldBeInvalidAsync(field);
        Assert.Equal(before, await api.ArticleTablesSnapshotAsync());
    }

    [Fact]
    public async Task Malformed_json_wrong_types_and_unknown_fields_answer_400_and_write_nothing()
    {
        var before = await api.ArticleTablesSnapshotAsync();

        var malformed = await api.Admin().PostRawJsonAsync(Newsroom.Articles, """{"title": "Rusak", "body": [""");
        var wrongType = await api.Admin().PostRawJsonAsync(Newsroom.Articles, """{"title": "Tipe", "body": [{"type": "heading", "level": "dua", "text": "x"}]}""");
        var unknown = await api.Admin().PostRawJsonAsync(Newsroom.Articles, """{"title": "Asing", "subtitle": "x"}""");

        await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "bad_request");
        await wrongType.ShouldBeInvalidAsync("body[0].level", "bad_request");
        await unknown.ShouldBeInvalidAsync("subtitle", "bad_request");
        Assert.Equal(before, await api.ArticleTablesSnapshotAsync());
    }

    [Fact]
    public async Task A_read_also_pointing_at_a_deleted_article_answers_400()
    {
        var admin = api.Admin();
        var target = await admin.CreateArticleAsync();
        await admin.SendWithIfMatchAsync(HttpMethod.Delete, target.AdminUrl, target.ETag);

        var response = await admin.PostAsJsonAsync(Newsroom.Articles, new
        {
            title = "Baca juga yang hilang",
            body = new object[] { new { type = "paragraph", html = "a" }, new { type = "paragraph", html = "b" }, new { type = "readAlso", articleId = target.Id } },
        });

        await response.ShouldBeInvalidAsync("body[2].articleId");
    }

    [Fact]
    public async Task Paragraph_html_is_sanitised_keeping_only_the_allowed_tags()
    {
        const string dirty = """Menurut <b>laporan</b> <i>intelijen</i>, <em>Korea</em> <strong>Utara</strong><br>"""
            + """<script>alert('x')</script><img src=x onerror="alert(1)"><span onclick="steal()">mengirim</span> """
            + """<a href="javascript:alert(1)">tautan jahat</a> <a href="https://www.suara.com/news" onmouseover="x()" target="_blank">Suara</a>"""
            + """<iframe src="https://evil.example"></iframe><style>body{}</style>""";

        var article = await api.Admin().CreateArticleAsync(new { title = "Sanitasi", body = new[] { new { type = "paragraph", html = dirty } } });

        var html = article.Data.GetProperty("body")[0].GetProperty("html").GetString()!;
        Assert.Contains("<b>laporan</b>", html, StringComparison.Ordinal);
        Assert.Contains("<i>intelijen</i>", html, StringComparison.Ordinal);
        Assert.Contains("<em>Korea</em>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Utara</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<br>", html, StringComparison.Ordinal);
        Assert.Contains("mengirim", html, StringComparison.Ordinal);
        Assert.Contains("""<a href="https://www.suara.com/news">Suara</a>""", html, StringComparison.Ordinal);
        foreach (var gone in new[] { "script", "alert", "onerror", "onclick", "onmouseover", "javascript:", "<img", "<span", "iframe", "<style", "target=" })
        {
            Assert.DoesNotContain(gone, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Every_block_type_round_trips_through_the_management_api()
    {
        var admin = api.Admin();
        var target = await admin.CreateArticleAsync();
        var body = new object[]
        {
            new { type = "paragraph", html = "Paragraf <b>tebal</b>" },
            new { type = "heading", level = 3, text = "Subjudul" },
            new { type = "quote", text = "Kutipan", attribution = "Zelensky" },
            new { type = "image", url = "https://img.example/a.jpg", caption = "Keterangan", credit = "AFP", alt = "Alt", width = 1200, height = 675 },
            new { type = "embed", url = "https://www.youtube.com/watch?v=abc" },
            new { type = "readAlso", articleId = target.Id },
        };

        var article = await admin.CreateArticleAsync(new { title = "Semua blok", body });

        var stored = article.Data.GetProperty("body");
        Assert.Equal(6, stored.GetArrayLength());
        Assert.Equal(3, stored[1].GetProperty("level").GetInt32());
        Assert.Equal("Zelensky", stored[2].GetProperty("attribution").GetString());
        Assert.Equal(675, stored[3].GetProperty("height").GetInt32());
        Assert.Equal(target.Id.ToString(), stored[5].GetProperty("articleId").GetString());
        Assert.False(stored[0].TryGetProperty("url", out _));
    }
}
