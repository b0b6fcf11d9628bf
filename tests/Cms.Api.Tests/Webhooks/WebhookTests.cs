using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Api.Tests.Infrastructure;
using Cms.Api.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.Webhooks;

public sealed class WebhookTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>, IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task Subscribed_events_are_delivered_signed_with_the_secret_shown_at_creation()
    {
        var secret = await SubscribeAsync([WebhookEvents.Published, WebhookEvents.Updated, WebhookEvents.Unpublished, WebhookEvents.Deleted]);
        var admin = api.Admin();

        var article = await admin.PublishedArticleAsync(new { title = "Kabar untuk webhook" });
        article = await admin.PutAsync(article, new { title = "Kabar untuk webhook, diperbarui" });
        article = await (await admin.TransitionAsync(article, "unpublish")).ToHandleAsync();
        await admin.CreateArticleAsync("Draf tanpa webhook");
        await DeliverAsync();

        var received = _receiver.Received.ToList();
        Assert.Equal([WebhookEvents.Published, WebhookEvents.Updated, WebhookEvents.Unpublished], received.Select(r => r.Event));
        foreach (var (_, signature, body) in received)
        {
            var parts = signature.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
            Assert.Equal(WebhookDispatcher.Signature(secret, long.Parse(parts["t"], System.Globalization.CultureInfo.InvariantCulture), body), parts["v1"]);
            Assert.Equal(article.Id.ToString(), JsonDocument.Parse(body).RootElement.GetProperty("article").GetProperty("id").GetString());
        }

        Assert.Equal("Kabar untuk webhook, diperbarui", JsonDocument.Parse(received[1].Body).RootElement.GetProperty("article").GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_with_backoff_until_the_receiver_takes_it()
    {
        await SubscribeAsync([WebhookEvents.Published]);
        _receiver.AnswerNext(500);

        await api.Admin().PublishedArticleAsync(new { title = "Coba lagi" });
        await DeliverAsync();
        var afterFailure = _receiver.Received.Count;
        await DeliverAsync();
        var beforeBackoff = _receiver.Received.Count;
        api.Clock.Advance(WebhookDispatcher.Backoff(1) + TimeSpan.FromSeconds(1));
        await DeliverAsync();

        Assert.Equal(1, afterFailure);
        Assert.Equal(1, beforeBackoff);
        Assert.Equal(2, _receiver.Received.Count);
    }

    [Fact]
    public async Task Webhooks_are_for_admins_and_reject_bad_urls_and_events()
    {
        var editor = await (await api.As("editor")).PostAsJsonAsync("/api/v1/admin/webhooks", new { url = _receiver.Url });
        var badUrl = await api.Admin().PostAsJsonAsync("/api/v1/admin/webhooks", new { url = "ftp://hooks.example" });
        var badEvent = await api.Admin().PostAsJsonAsync("/api/v1/admin/webhooks", new { url = _receiver.Url, events = new[] { "article.liked" } });

        await editor.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await badUrl.ShouldBeInvalidAsync("url");
        await badEvent.ShouldBeInvalidAsync("events[0]");
    }

    private async Task<string> SubscribeAsync(string[] events)
    {
        // One subscription at a time in this class: earlier tests' hooks are removed first.
        var list = await (await api.Admin().GetAsync("/api/v1/admin/webhooks")).ShouldBeOkAsync();
        foreach (var hook in list.GetProperty("data").EnumerateArray())
        {
            var url = $"/api/v1/admin/webhooks/{hook.GetProperty("id").GetString()}";
            await api.Admin().SendWithIfMatchAsync(HttpMethod.Delete, url, (await api.Admin().GetAsync(url)).ETag());
        }

        var response = await api.Admin().PostAsJsonAsync("/api/v1/admin/webhooks", new { url = _receiver.Url, events });
        var data = (await response.ShouldBeOkAsync(HttpStatusCode.Created)).GetProperty("data");
        Assert.False((await (await api.Admin().GetAsync("/api/v1/admin/webhooks")).ShouldBeOkAsync()).ToString().Contains(data.GetProperty("secret").GetString()!, StringComparison.Ordinal));
        return data.GetProperty("secret").GetString()!;
    }

    private Task<int> DeliverAsync() => api.Services.GetRequiredService<WebhookDispatcher>().DeliverDueAsync(CancellationToken.None);
}
