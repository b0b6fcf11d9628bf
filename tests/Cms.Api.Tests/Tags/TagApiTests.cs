using System.Net;
using System.Net.Http.Json;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Tags;

public sealed class TagApiTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    private const string Admin = "/api/v1/admin/tags";

    [Fact]
    public async Task An_editor_manages_tags_and_the_content_api_lists_them()
    {
        var editor = await api.As("editor");
        var slug = Newsroom.UniqueSlug("rusia");

        var created = await editor.PostAsJsonAsync(Admin, new { slug, name = "Rusia" });
        await created.ShouldBeOkAsync(HttpStatusCode.Created);
        var renamed = await editor.SendWithIfMatchAsync(HttpMethod.Put, created.Headers.Location!.ToString(), created.ETag(), new { slug, name = "Federasi Rusia" });
        await renamed.ShouldBeOkAsync();

        var one = await (await api.Anonymous().GetAsync($"/api/v1/tags/{slug}")).ShouldBeOkAsync();
        var list = await (await api.Anonymous().GetAsync("/api/v1/tags?limit=100")).ShouldBeOkAsync();

        Assert.Equal("Federasi Rusia", one.GetProperty("data").GetProperty("name").GetString());
        Assert.Contains(list.GetProperty("data").EnumerateArray(), t => t.GetProperty("slug").GetString() == slug);
    }

    [Fact]
    public async Task Deleting_a_tag_removes_it_from_its_articles()
    {
        var admin = api.Admin();
        var slug = Newsroom.UniqueSlug("hapus");
        var article = await admin.CreateArticleAsync(new { title = "Bertag", tags = new[] { slug } });
        var tag = await (await admin.GetAsync($"{Admin}?limit=100")).ShouldBeOkAsync();
        var id = tag.GetProperty("data").EnumerateArray().Single(t => t.GetProperty("slug").GetString() == slug).GetProperty("id").GetString();
        var etag = (await admin.GetAsync($"{Admin}/{id}")).ETag();

        var deleted = await admin.SendWithIfMatchAsync(HttpMethod.Delete, $"{Admin}/{id}", etag);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, (await admin.ReadAsync(article.Id)).Data.GetProperty("tags").GetArrayLength());
    }

    [Fact]
    public async Task Writers_may_not_manage_tags_and_duplicates_answer_409()
    {
        var writer = await api.As("writer");
        var slug = Newsroom.UniqueSlug("dup");
        await (await api.Admin().PostAsJsonAsync(Admin, new { slug, name = "Dup" })).ShouldBeOkAsync(HttpStatusCode.Created);

        var byWriter = await writer.PostAsJsonAsync(Admin, new { slug = Newsroom.UniqueSlug("w"), name = "W" });
        var duplicate = await api.Admin().PostAsJsonAsync(Admin, new { slug, name = "Dup lagi" });

        await byWriter.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task Tag_writes_need_a_current_if_match()
    {
        var admin = api.Admin();
        var slug = Newsroom.UniqueSlug("jaga");
        var created = await admin.PostAsJsonAsync(Admin, new { slug, name = "Jaga" });
        var url = created.Headers.Location!.ToString();

        var putMissing = await admin.SendWithIfMatchAsync(HttpMethod.Put, url, null, new { slug, name = "Tanpa If-Match" });
        var putStale = await admin.SendWithIfMatchAsync(HttpMethod.Put, url, "\"99\"", new { slug, name = "Basi" });
        var deleteMissing = await admin.SendWithIfMatchAsync(HttpMethod.Delete, url, null);
        var deleteStale = await admin.SendWithIfMatchAsync(HttpMethod.Delete, url, "\"99\"");

        await putMissing.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "precondition_required");
        await putStale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        await deleteMissing.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "precondition_required");
        await deleteStale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        var current = await admin.GetAsync(url);
        Assert.Equal(created.ETag(), current.ETag());
        Assert.Equal("Jaga", (await current.ShouldBeOkAsync()).GetProperty("data").GetProperty("name").GetString());
    }
}
