using System.Net;
using Cms.Api.Views;
using Cms.Api.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cms.Api.Tests.Views;

public sealed class ViewBeaconTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task A_beacon_like_navigator_send_beacon_answers_202_and_is_counted_once_flushed()
    {
        var article = await api.Admin().PublishedArticleAsync(new { title = "Dibaca" });

        for (var i = 0; i < 3; i++)
        {
            var response = await BeaconAsync(article.Id, "Mozilla/5.0 (Linux; Android 14) Chrome/131", "text/plain");
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        var empty = await BeaconAsync(article.Id, "Mozilla/5.0 (iPhone) Safari/604.1", null);
        Assert.Equal(HttpStatusCode.Accepted, empty.StatusCode);
        Assert.Equal(0, await StoredViewsAsync(article.Id));

        await api.Services.GetRequiredService<ViewCounter>().FlushAsync(CancellationToken.None);

        Assert.Equal(4, await StoredViewsAsync(article.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Googlebot/2.1 (+http://www.google.com/bot.html)")]
    [InlineData("Mozilla/5.0 (compatible; bingbot/2.0)")]
    [InlineData("Some-Crawler/1.0")]
    [InlineData("Baiduspider")]
    public async Task Bots_and_empty_user_agents_are_accepted_but_not_counted(string userAgent)
    {
        var article = await api.Admin().PublishedArticleAsync(new { title = "Dirayapi" });

        var response = await BeaconAsync(article.Id, userAgent, "text/plain");
        await api.Services.GetRequiredService<ViewCounter>().FlushAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(0, await StoredViewsAsync(article.Id));
    }

    [Fact]
    public async Task Unknown_and_non_public_ids_answer_404()
    {
        var draft = await api.Admin().CreateArticleAsync("Belum terbit");

        var unknown = await BeaconAsync(Guid.CreateVersion7(), "Mozilla/5.0", "text/plain");
        var notPublic = await BeaconAsync(draft.Id, "Mozilla/5.0", "text/plain");
        var malformed = await api.Anonymous().PostAsync("/api/v1/articles/bukan-uuid/views", null);

        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await notPublic.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await malformed.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task An_article_published_or_unpublished_here_is_known_to_the_beacon_at_once()
    {
        var admin = api.Admin();
        var draft = await admin.CreateArticleAsync("Segera terbit");
        Assert.Equal(HttpStatusCode.NotFound, (await BeaconAsync(draft.Id, "Mozilla/5.0", null)).StatusCode);

        var published = await admin.PublishAsync(draft);
        Assert.Equal(HttpStatusCode.Accepted, (await BeaconAsync(draft.Id, "Mozilla/5.0", null)).StatusCode);

        await admin.TransitionAsync(published, "unpublish");
        Assert.Equal(HttpStatusCode.NotFound, (await BeaconAsync(draft.Id, "Mozilla/5.0", null)).StatusCode);
    }

    [Fact]
    public async Task Views_counted_in_different_hours_land_in_their_own_buckets()
    {
        var article = await api.Admin().PublishedArticleAsync(new { title = "Lintas jam" });
        var counter = api.Services.GetRequiredService<ViewCounter>();

        await BeaconAsync(article.Id, "Mozilla/5.0", null);
        api.Clock.Advance(TimeSpan.FromHours(1));
        await BeaconAsync(article.Id, "Mozilla/5.0", null);
        await BeaconAsync(article.Id, "Mozilla/5.0", null);
        await counter.FlushAsync(CancellationToken.None);

        await using var connection = new NpgsqlConnection(api.ConnectionString);
        var buckets = (await connection.QueryAsync<long>("select views from article_views where article_id = @id order by hour", new { id = article.Id })).ToList();
        Assert.Equal([1L, 2L], buckets);
    }

    private Task<HttpResponseMessage> BeaconAsync(Guid id, string userAgent, string? contentType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/articles/{id}/views");
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        if (contentType is not null)
        {
            request.Content = new StringContent("", System.Text.Encoding.UTF8, contentType);
        }

        return api.Anonymous().SendAsync(request);
    }

    private async Task<long> StoredViewsAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        return await connection.ExecuteScalarAsync<long>("select coalesce(sum(views), 0) from article_views where article_id = @id", new { id });
    }
}

/// <summary>Owns its host, since the test stops it.</summary>
public sealed class ViewShutdownTests : IAsyncLifetime, IDisposable
{
    private readonly CmsApiFactory _api = new();

    public Task InitializeAsync() => ((IAsyncLifetime)_api).InitializeAsync();

    public Task DisposeAsync() => TestDatabase.DropAsync(_api.ConnectionString);

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Views_still_in_memory_are_written_when_the_service_shuts_down_gracefully()
    {
        var article = await _api.Admin().PublishedArticleAsync(new { title = "Dibaca sebelum berhenti" });
        for (var i = 0; i < 3; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/articles/{article.Id}/views");
            request.Headers.TryAddWithoutValidation("User-Agent", "Mozilla/5.0");
            Assert.Equal(HttpStatusCode.Accepted, (await _api.Anonymous().SendAsync(request)).StatusCode);
        }

        await _api.DisposeAsync();

        await using var connection = new NpgsqlConnection(_api.ConnectionString);
        Assert.Equal(3, await connection.ExecuteScalarAsync<long>("select coalesce(sum(views), 0) from article_views where article_id = @id", new { id = article.Id }));
    }
}
