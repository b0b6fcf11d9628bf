using System.Net;
using System.Net.Http.Json;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Authors;

public sealed class AuthorApiTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    private const string Admin = "/api/v1/admin/authors";

    [Fact]
    public async Task An_editor_creates_reads_updates_and_deletes_an_author()
    {
        var editor = await api.As("editor");
        var slug = Newsroom.UniqueSlug("dini");

        var created = await editor.PostAsJsonAsync(Admin, new { slug, name = "Dini Afrianti", bio = "Jurnalis", avatarUrl = "https://img.example/dini.jpg" });
        var data = (await created.ShouldBeOkAsync(HttpStatusCode.Created)).GetProperty("data");
        var url = created.Headers.Location!.ToString();
        var updated = await editor.SendWithIfMatchAsync(HttpMethod.Put, url, created.ETag(), new { slug, name = "Dini Afrianti Efendi", bio = "Redaktur" });
        var publicView = await (await api.Anonymous().GetAsync($"/api/v1/authors/{slug}")).ShouldBeOkAsync();
        var deleted = await editor.SendWithIfMatchAsync(HttpMethod.Delete, url, updated.ETag());

        Assert.Equal($"{Admin}/{data.GetProperty("id").GetString()}", url);
        Assert.Equal("Dini Afrianti Efendi", (await updated.ShouldBeOkAsync()).GetProperty("data").GetProperty("name").GetString());
        Assert.Equal("Redaktur", publicView.GetProperty("data").GetProperty("bio").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await (await api.Anonymous().GetAsync($"/api/v1/authors/{slug}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Writers_read_authors_but_may_not_manage_them()
    {
        var writer = await api.As("writer");

        var list = await writer.GetAsync(Admin);
        var create = await writer.PostAsJsonAsync(Admin, new { slug = Newsroom.UniqueSlug("x"), name = "X" });

        await list.ShouldBeOkAsync();
        await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task An_author_credited_on_an_article_cannot_be_deleted()
    {
        var admin = api.Admin();
        var authorId = await admin.CreateAuthorAsync();
        await admin.CreateArticleAsync(new { title = "Dengan penulis", authorIds = new[] { authorId } });
        var etag = (await admin.GetAsync($"{Admin}/{authorId}")).ETag();

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Delete, $"{Admin}/{authorId}", etag);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "conflict");
    }

    [Theory]
    [InlineData("""{"slug": "ok-slug", "name": "X", "avatarUrl": "not a url"}""", "avatarUrl")]
    [InlineData("""{"slug": "Bad Slug", "name": "X"}""", "slug")]
    [InlineData("""{"slug": "ok-slug"}""", "name")]
    public async Task Invalid_authors_answer_400(string json, string field)
    {
        var response = await api.Admin().PostRawJsonAsync(Admin, json);

        await response.ShouldBeInvalidAsync(field);
    }

    [Fact]
    public async Task Author_writes_need_if_match()
    {
        var admin = api.Admin();
        var authorId = await admin.CreateAuthorAsync();

        var put = await admin.SendWithIfMatchAsync(HttpMethod.Put, $"{Admin}/{authorId}", null, new { slug = Newsroom.UniqueSlug("a"), name = "A" });
        var stale = await admin.SendWithIfMatchAsync(HttpMethod.Delete, $"{Admin}/{authorId}", "\"42\"");

        await put.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "precondition_required");
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
    }
}
