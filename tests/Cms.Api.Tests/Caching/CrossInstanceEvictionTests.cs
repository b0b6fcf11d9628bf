using Cms.Api.Infrastructure.Caching;
using Cms.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.Caching;

/// <summary>A second host on the same database as the class's own: another instance of the service.</summary>
public sealed class TwoInstancesFactory : CmsApiFactory
{
    public CmsApiFactory Other { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Other = new SameDatabaseFactory(ConnectionString);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Other.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class SameDatabaseFactory(string connectionString) : CmsApiFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(base.Settings) { ["ConnectionStrings:Cms"] = connectionString };
    }
}

public sealed class CrossInstanceEvictionTests(TwoInstancesFactory api) : IClassFixture<TwoInstancesFactory>
{
    [Fact]
    public async Task A_write_on_one_instance_evicts_the_cached_copy_on_the_other()
    {
        var reader = api.Other;
        var readerClient = reader.Anonymous();
        await ListeningAsync(reader).WaitAsync(TimeSpan.FromSeconds(30));

        var article = await api.Admin().PublishedArticleAsync(new { title = "Judul lama di instans lain" });
        await readerClient.GetAsync($"/api/v1/articles/{article.Slug}");
        Assert.NotNull((await readerClient.GetAsync($"/api/v1/articles/{article.Slug}")).Headers.Age);

        var evicted = Heard(reader, tags => tags.Contains($"article:{article.Id}"));
        await api.Admin().PutAsync(await api.Admin().ReadAsync(article.Id), new { title = "Judul baru dari instans pertama" });
        await evicted.WaitAsync(TimeSpan.FromSeconds(30));
        var fresh = await readerClient.GetAsync($"/api/v1/articles/{article.Slug}");

        Assert.Null(fresh.Headers.Age);
        Assert.Equal("Judul baru dari instans pertama", (await fresh.ShouldBeOkAsync()).GetProperty("data").GetProperty("title").GetString());
    }

    // Completes once the instance hears other instances (subscribing first, so the moment is not missed).
    private static Task ListeningAsync(CmsApiFactory instance)
    {
        var heard = Heard(instance, tags => tags.Contains(ContentCache.All));
        return instance.Services.GetRequiredService<ContentCache>().Listening ? Task.CompletedTask : heard;
    }

    // Completes when the instance has applied an eviction heard from PostgreSQL that matches.
    private static Task Heard(CmsApiFactory instance, Func<IReadOnlyList<string>, bool> match)
    {
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        instance.Services.GetRequiredService<ContentCache>().Heard += tags =>
        {
            if (match(tags))
            {
                heard.TrySetResult();
            }
        };
        return heard.Task;
    }
}
