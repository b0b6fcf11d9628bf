using System.Net;
using System.Text.Json;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Articles;

public sealed class PreviewTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task The_preview_of_a_draft_renders_it_as_the_content_api_will_and_is_never_cached()
    {
        var admin = api.Admin();
        var target = await admin.PublishedArticleAsync(new { title = "Target publik" });
        var hidden = await admin.CreateArticleAsync("Target masih draf");
        var draft = await admin.CreateArticleAsync(new
        {
            title = "Draf untuk dipratinjau",
            body = new object[] { new { type = "paragraph", html = "Isi" }, new { type = "readAlso", articleId = target.Id }, new { type = "readAlso", articleId = hidden.Id } },
        });

        var preview = await admin.GetAsync($"{draft.AdminUrl}/preview");
        var afterPublishing = await admin.PublishAsync(draft);
        var live = await api.Anonymous().GetAsync($"/api/v1/articles/{draft.Slug}");

        Assert.True(preview.Headers.CacheControl is { Private: true, NoStore: true });
        var previewed = (await preview.ShouldBeOkAsync()).GetProperty("data");
        var published = (await live.ShouldBeOkAsync()).GetProperty("data");
        Assert.Equal(Without(published, "publishedAt", "updatedAt"), Without(previewed, "publishedAt", "updatedAt"));
        Assert.Equal(2, previewed.GetProperty("body").GetArrayLength());
        Assert.Equal("published", afterPublishing.Data.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_preview_link_shows_a_draft_without_a_key_until_it_expires()
    {
        var draft = await api.Admin().CreateArticleAsync("Rahasia redaksi");
        var link = (await (await api.Admin().PostAsync($"{draft.AdminUrl}/preview-links", null)).ShouldBeOkAsync(HttpStatusCode.Created)).GetProperty("data");
        var url = link.GetProperty("url").GetString()!;

        var fresh = await api.Anonymous().GetAsync(url);
        api.Clock.Advance(TimeSpan.FromMinutes(61));
        var expired = await api.Anonymous().GetAsync(url);

        Assert.Equal(api.Clock.GetUtcNow().AddMinutes(-1).UtcDateTime, link.GetProperty("expiresAt").GetDateTime(), TimeSpan.FromSeconds(1));
        Assert.Equal("Rahasia redaksi", (await fresh.ShouldBeOkAsync()).GetProperty("data").GetProperty("title").GetString());
        Assert.True(fresh.Headers.CacheControl is { Private: true, NoStore: true });
        var problem = await expired.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Contains("expired", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_or_foreign_preview_link_is_refused()
    {
        var draft = await api.Admin().CreateArticleAsync("Jangan bocor");
        var other = await api.Admin().CreateArticleAsync("Yang lain");
        var url = (await (await api.Admin().PostAsync($"{draft.AdminUrl}/preview-links", null)).ShouldBeOkAsync(HttpStatusCode.Created))
            .GetProperty("data").GetProperty("url").GetString()!;
        var token = url[(url.LastIndexOf('/') + 1)..];
        var (payload, signature) = (token[..token.IndexOf('.')], token[(token.IndexOf('.') + 1)..]);
        var otherId = Convert.ToBase64String(other.Id.ToByteArray(bigEndian: true)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var tampered = new[]
        {
            $"{payload}.{(signature[0] == 'A' ? 'B' : 'A')}{signature[1..]}",
            $"{otherId}{payload[22..]}.{signature}",
            payload,
            "not-a-token",
        };

        foreach (var bad in tampered)
        {
            var response = await api.Anonymous().GetAsync($"/api/v1/preview/{bad}");
            await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        }
    }

    private static string Without(JsonElement element, params string[] names) =>
        JsonSerializer.Serialize(element.EnumerateObject().Where(p => !names.Contains(p.Name)).ToDictionary(p => p.Name, p => p.Value));
}
