using System.Net;
using System.Net.Http.Json;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Articles;

public sealed class ArticleRoleTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task A_writer_creates_edits_and_deletes_their_own_draft()
    {
        var writer = await api.As("writer");

        var draft = await writer.CreateArticleAsync("Draf penulis");
        var edited = await writer.PutAsync(draft, new { title = "Draf penulis, diperbaiki" });
        var patched = await writer.SendWithIfMatchAsync(HttpMethod.Patch, draft.AdminUrl, edited.ETag, new { lead = "Lead baru" });
        var deleted = await writer.SendWithIfMatchAsync(HttpMethod.Delete, draft.AdminUrl, (await patched.ToHandleAsync()).ETag);

        Assert.Equal("test-writer", draft.Data.GetProperty("createdBy").GetProperty("name").GetString());
        Assert.Equal("Draf penulis, diperbaiki", edited.Data.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task A_writer_may_not_touch_another_writers_draft()
    {
        var other = api.ClientWithKey(await api.CreateKeyAsync("writer", "other-writer"));
        var writer = await api.As("writer");
        var draft = await other.CreateArticleAsync("Draf orang lain");

        var put = await writer.SendWithIfMatchAsync(HttpMethod.Put, draft.AdminUrl, draft.ETag, new { title = "Diambil alih" });
        var patch = await writer.SendWithIfMatchAsync(HttpMethod.Patch, draft.AdminUrl, draft.ETag, new { title = "Diambil alih" });
        var delete = await writer.SendWithIfMatchAsync(HttpMethod.Delete, draft.AdminUrl, draft.ETag);

        await put.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await patch.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await delete.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(draft.ETag, (await writer.ReadAsync(draft.Id)).ETag);
    }

    [Fact]
    public async Task A_writer_may_not_edit_or_delete_their_own_article_once_published()
    {
        var writer = await api.As("writer");
        var draft = await writer.CreateArticleAsync("Sudah terbit");
        var published = await api.Admin().PublishAsync(draft);

        var put = await writer.SendWithIfMatchAsync(HttpMethod.Put, draft.AdminUrl, published.ETag, new { title = "Ubah setelah terbit" });
        var delete = await writer.SendWithIfMatchAsync(HttpMethod.Delete, draft.AdminUrl, published.ETag);

        await put.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await delete.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task A_writer_may_not_publish_unpublish_or_archive()
    {
        var writer = await api.As("writer");
        var draft = await writer.CreateArticleAsync("Mau terbit sendiri");

        foreach (var action in new[] { "publish", "unpublish", "archive" })
        {
            var response = await writer.TransitionAsync(draft, action);
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
            Assert.Contains("editor", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("editor")]
    [InlineData("admin")]
    public async Task Editors_and_admins_edit_and_delete_any_article_in_any_status(string role)
    {
        var writer = await api.As("writer");
        var client = await api.As(role);
        var draft = await writer.CreateArticleAsync("Milik penulis");
        var published = await client.PublishAsync(draft);

        var edited = await client.PutAsync(published, new { title = "Disunting redaktur" });
        var deleted = await client.SendWithIfMatchAsync(HttpMethod.Delete, draft.AdminUrl, edited.ETag);

        Assert.Equal("Disunting redaktur", edited.Data.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task A_writer_naming_an_unknown_tag_gets_400_naming_it_and_nothing_is_written()
    {
        var writer = await api.As("writer");
        var known = Newsroom.UniqueSlug("rusia");
        await api.Admin().PostAsJsonAsync("/api/v1/admin/tags", new { slug = known, name = "Rusia" });
        var before = await api.ArticleTablesSnapshotAsync();

        var response = await writer.PostAsJsonAsync(Newsroom.Articles, new { title = "Tag baru", tags = new[] { known, "tag-yang-belum-ada" } });

        var problem = await response.ShouldBeInvalidAsync("tags[1]");
        Assert.Contains("tag-yang-belum-ada", problem.GetProperty("errors").GetProperty("tags[1]")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await api.ArticleTablesSnapshotAsync());
    }

    [Fact]
    public async Task An_editor_naming_unknown_tags_creates_them()
    {
        var editor = await api.As("editor");
        var slug = Newsroom.UniqueSlug("korea-utara");

        var article = await editor.CreateArticleAsync(new { title = "Tag dibuat", tags = new[] { slug } });

        Assert.Equal(slug, article.Data.GetProperty("tags")[0].GetString());
        var tag = await (await api.Anonymous().GetAsync($"/api/v1/tags/{slug}")).ShouldBeOkAsync();
        Assert.StartsWith("Korea Utara", tag.GetProperty("data").GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_editors_set_related_articles()
    {
        var writer = await api.As("writer");
        var other = await writer.CreateArticleAsync("Berita lain");

        var response = await writer.PostAsJsonAsync(Newsroom.Articles, new { title = "Dengan terkait", relatedIds = new[] { other.Id } });
        var byEditor = await (await api.As("editor")).CreateArticleAsync(new { title = "Terkait oleh redaktur", relatedIds = new[] { other.Id } });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(other.Id.ToString(), byEditor.Data.GetProperty("relatedIds")[0].GetString());
    }
}
