using System.Text.Json;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Sync;

public sealed class ChangeFeedTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task An_app_gets_new_and_changed_articles_and_tombstones_for_removed_ones_never_drafts()
    {
        var admin = api.Admin();
        var start = await CursorAtTheEndAsync();
        var a = await admin.PublishedArticleAsync(new { title = "Artikel A" });
        var b = await admin.PublishedArticleAsync(new { title = "Artikel B" });
        var c = await admin.PublishedArticleAsync(new { title = "Artikel C" });
        api.Clock.Advance(TimeSpan.FromSeconds(10));

        var first = await ChangesAsync(start);
        Assert.Equal([("changed", a.Id), ("changed", b.Id), ("changed", c.Id)], Entries(first));
        Assert.Equal("Artikel A", first.GetProperty("data")[0].GetProperty("article").GetProperty("title").GetString());

        await admin.PutAsync(await admin.ReadAsync(a.Id), new { title = "Artikel A, diperbarui" });
        await admin.TransitionAsync(await admin.ReadAsync(b.Id), "unpublish");
        var current = await admin.ReadAsync(c.Id);
        await admin.SendWithIfMatchAsync(HttpMethod.Delete, current.AdminUrl, current.ETag);
        await admin.CreateArticleAsync("Draf yang tak pernah terbit");
        var tooFresh = await ChangesAsync(first.GetProperty("meta").GetProperty("nextCursor").GetString()!);
        api.Clock.Advance(TimeSpan.FromSeconds(10));

        var second = await ChangesAsync(first.GetProperty("meta").GetProperty("nextCursor").GetString()!);

        Assert.Empty(Entries(tooFresh));
        Assert.Equal([("changed", a.Id), ("removed", b.Id), ("removed", c.Id)], Entries(second));
        Assert.Equal("Artikel A, diperbarui", second.GetProperty("data")[0].GetProperty("article").GetProperty("title").GetString());
        Assert.False(second.GetProperty("data")[1].TryGetProperty("article", out _));
    }

    [Fact]
    public async Task Changes_page_by_limit_and_say_whether_more_remain()
    {
        var cursor = await CursorAtTheEndAsync();
        for (var i = 0; i < 3; i++)
        {
            await api.Admin().PublishedArticleAsync(new { title = $"Halaman {i}" });
        }

        api.Clock.Advance(TimeSpan.FromSeconds(10));
        var page = await ChangesAsync(cursor, 2);
        var rest = await ChangesAsync(page.GetProperty("meta").GetProperty("nextCursor").GetString()!, 2);

        Assert.True(page.GetProperty("meta").GetProperty("hasMore").GetBoolean());
        Assert.Equal(2, page.GetProperty("data").GetArrayLength());
        Assert.False(rest.GetProperty("meta").GetProperty("hasMore").GetBoolean());
        Assert.Single(rest.GetProperty("data").EnumerateArray());
    }

    [Fact]
    public async Task A_tampered_cursor_answers_400()
    {
        var response = await api.Anonymous().GetAsync("/api/v1/changes?since=abc.def");

        await response.ShouldBeInvalidAsync("since");
    }

    /// <summary>Reads the feed from the beginning to its end, as an app's first sync does; other tests' changes stay behind.</summary>
    private async Task<string> CursorAtTheEndAsync()
    {
        var body = await (await api.Anonymous().GetAsync("/api/v1/changes?limit=100")).ShouldBeOkAsync();
        while (body.GetProperty("meta").GetProperty("hasMore").GetBoolean())
        {
            body = await ChangesAsync(body.GetProperty("meta").GetProperty("nextCursor").GetString()!);
        }

        return body.GetProperty("meta").GetProperty("nextCursor").GetString()!;
    }

    private async Task<JsonElement> ChangesAsync(string since, int limit = 100) =>
        await (await api.Anonymous().GetAsync($"/api/v1/changes?limit={limit}&since={since}")).ShouldBeOkAsync();

    private static List<(string?, Guid)> Entries(JsonElement body) =>
        body.GetProperty("data").EnumerateArray().Select(e => (e.GetProperty("type").GetString(), Guid.Parse(e.GetProperty("id").GetString()!))).ToList();
}
