using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace Cms.Api.Infrastructure.Caching;

/// <summary>
/// The service's own output cache of content responses (ASP.NET Core output caching), tagged
/// like the Surrogate-Key header. Writes evict every tag they can affect before they return;
/// other instances hear of it through PostgreSQL NOTIFY and evict the same tags.
/// </summary>
internal sealed class ContentCache(IOutputCacheStore store, NpgsqlDataSource db, ILogger<ContentCache> logger)
{
    /// <summary>Every cached content response carries this tag: evicting it empties the cache.</summary>
    public const string All = "content";
    public const string Channel = "cms_content_cache";

    public async Task EvictAsync(IEnumerable<string> tags, CancellationToken ct)
    {
        var list = tags.Distinct(StringComparer.Ordinal).ToArray();
        await EvictLocallyAsync(list, ct);
        try
        {
            await using var command = db.CreateCommand("select pg_notify(@channel, @tags)");
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("tags", string.Join(' ', list));
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (Exception exception) when (exception is NpgsqlException or ObjectDisposedException)
        {
            // This instance is already right (or shutting down); the others catch up when their entries expire.
            logger.LogWarning(exception, "Could not tell other instances to evict {Tags}", string.Join(' ', list));
        }
    }

    public async Task EvictLocallyAsync(IEnumerable<string> tags, CancellationToken ct)
    {
        try
        {
            foreach (var tag in tags)
            {
                await store.EvictByTagAsync(tag, ct);
            }
        }
        catch (ObjectDisposedException)
        {
            // The service is shutting down (a last flush, say): there is no cache left to keep right.
        }
    }

    /// <summary>Raised when this instance is listening for other instances' evictions, and after it applied one.</summary>
    public event Action<IReadOnlyList<string>>? Heard;

    /// <summary>Whether this instance currently hears other instances' evictions.</summary>
    public bool Listening { get; internal set; }

    internal async Task ApplyHeardAsync(IReadOnlyList<string> tags)
    {
        await EvictLocallyAsync(tags, CancellationToken.None);
        Heard?.Invoke(tags);
    }
}

/// <summary>Listens for evictions made by other instances and applies them here.</summary>
internal sealed class ContentCacheListener(NpgsqlDataSource db, ContentCache cache, TimeProvider clock, ILogger<ContentCacheListener> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await db.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => _ = cache.ApplyHeardAsync(e.Payload.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                await using (var listen = new NpgsqlCommand($"listen {ContentCache.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Anything evicted while this instance was not listening may be stale here.
                cache.Listening = true;
                await cache.ApplyHeardAsync([ContentCache.All]);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                cache.Listening = false;
                logger.LogWarning(exception, "Lost the cache-eviction channel; listening again shortly");
                await Task.Delay(TimeSpan.FromSeconds(2), clock, stoppingToken);
            }
        }
    }
}
