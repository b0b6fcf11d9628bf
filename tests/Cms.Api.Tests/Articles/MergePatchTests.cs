using System.Net.Http.Headers;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Articles;

public sealed class MergePatchTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task A_merge_patch_changes_the_given_fields_removes_nulls_and_keeps_the_rest()
    {
        var admin = api.Admin();
        var article = await admin.CreateArticleAsync(new
        {
            title = "Judul awal",
            lead = "Lead yang akan dihapus",
            source = "Suara.com",
            cover = new { url = "https://img.example/a.jpg", caption = "Keterangan", credit = "AFP" },
            body = new[] { new { type = "paragraph", html = "Isi tetap" } },
        });
        var request = new HttpRequestMessage(HttpMethod.Patch, article.AdminUrl)
        {
            Content = new StringContent("""{"title": "Judul baru", "lead": null, "cover": {"caption": "Keterangan baru"}}"""),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/merge-patch+json");
        request.Headers.TryAddWithoutValidation("If-Match", article.ETag);

        var patched = await (await admin.SendAsync(request)).ToHandleAsync();

        Assert.Equal("Judul baru", patched.Data.GetProperty("title").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, patched.Data.GetProperty("lead").ValueKind);
        Assert.Equal("Suara.com", patched.Data.GetProperty("source").GetString());
        Assert.Equal("Keterangan baru", patched.Data.GetProperty("cover").GetProperty("caption").GetString());
        Assert.Equal("AFP", patched.Data.GetProperty("cover").GetProperty("credit").GetString());
        Assert.Equal("Isi tetap", patched.Data.GetProperty("body")[0].GetProperty("html").GetString());
        Assert.Equal(article.Slug, patched.Slug);
    }

    [Fact]
    public async Task A_patch_that_breaks_the_rules_answers_400_and_changes_nothing()
    {
        var admin = api.Admin();
        var article = await admin.CreateArticleAsync("Patch salah");
        var before = await api.ArticleTablesSnapshotAsync();

        var removesTitle = await admin.SendWithIfMatchAsync(HttpMethod.Patch, article.AdminUrl, article.ETag, new { title = (string?)null });
        var unknownField = await admin.SendWithIfMatchAsync(HttpMethod.Patch, article.AdminUrl, article.ETag, new { subtitle = "x" });
        var badBlock = await admin.SendWithIfMatchAsync(HttpMethod.Patch, article.AdminUrl, article.ETag, new { body = new[] { new { type = "heading", level = 9, text = "x" } } });

        await removesTitle.ShouldBeInvalidAsync("title");
        await unknownField.ShouldBeInvalidAsync("subtitle", "bad_request");
        await badBlock.ShouldBeInvalidAsync("body[0].level");
        Assert.Equal(before, await api.ArticleTablesSnapshotAsync());
    }
}
