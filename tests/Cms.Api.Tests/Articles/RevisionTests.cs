using System.Net;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Articles;

public sealed class RevisionTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task Every_saved_change_records_a_revision_with_who_when_and_the_full_content()
    {
        var editor = await api.As("editor");
        var article = await editor.CreateArticleAsync(new { title = "Versi satu", lead = "Lead satu" });
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await editor.PutAsync(article, new { title = "Versi dua", lead = "Lead dua" });
        await editor.PublishAsync(second);

        var list = await (await editor.GetAsync($"{article.AdminUrl}/revisions")).ShouldBeOkAsync();
        var first = await (await editor.GetAsync($"{article.AdminUrl}/revisions/1")).ShouldBeOkAsync();

        var revisions = list.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal([3, 2, 1], revisions.Select(r => r.GetProperty("number").GetInt32()));
        Assert.All(revisions, r => Assert.Equal("test-editor", r.GetProperty("createdBy").GetString()));
        Assert.Equal("published", revisions[0].GetProperty("status").GetString());
        Assert.Equal(3, list.GetProperty("meta").GetProperty("total").GetInt32());
        var content = first.GetProperty("data").GetProperty("content");
        Assert.Equal("Versi satu", content.GetProperty("title").GetString());
        Assert.Equal("Lead satu", content.GetProperty("lead").GetString());
        Assert.True(revisions[1].GetProperty("createdAt").GetDateTime() > first.GetProperty("data").GetProperty("createdAt").GetDateTime());
    }

    [Fact]
    public async Task Restoring_a_revision_puts_its_content_back_as_a_new_revision()
    {
        var admin = api.Admin();
        var article = await admin.CreateArticleAsync(new { title = "Asli", lead = "Lead asli", body = new[] { new { type = "paragraph", html = "Asli" } } });
        var changed = await admin.PutAsync(article, new { title = "Diubah", lead = (string?)null });

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{article.AdminUrl}/revisions/1/restore", changed.ETag);

        var restored = await response.ToHandleAsync();
        Assert.Equal("Asli", restored.Data.GetProperty("title").GetString());
        Assert.Equal("Lead asli", restored.Data.GetProperty("lead").GetString());
        Assert.Equal("Asli", restored.Data.GetProperty("body")[0].GetProperty("html").GetString());
        var list = await (await admin.GetAsync($"{article.AdminUrl}/revisions")).ShouldBeOkAsync();
        Assert.Equal(3, list.GetProperty("data")[0].GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task An_unknown_revision_answers_404()
    {
        var article = await api.Admin().CreateArticleAsync();

        var read = await api.Admin().GetAsync($"{article.AdminUrl}/revisions/99");
        var restore = await api.Admin().SendWithIfMatchAsync(HttpMethod.Post, $"{article.AdminUrl}/revisions/99/restore", article.ETag);
        var unknownArticle = await api.Admin().GetAsync($"{Newsroom.Articles}/{Guid.CreateVersion7()}/revisions");

        await read.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await restore.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await unknownArticle.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
