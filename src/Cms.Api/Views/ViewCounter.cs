using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Cms.Api.Infrastructure.Caching;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Cms.Api.Views;

/// <summary>Settings under <c>Cms:Views</c>.</summary>
internal sealed class ViewOptions
{
    public const string Section = "Cms:Views";

    /// <summary>How often buffered view counts are written to the database.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// Counts page views in memory per article and hour, and writes them in batches, one statement
/// per flush, into hourly buckets. Counters are only ever added to or drained atomically, so a
/// view counted while a flush runs is kept for the next one; a failed flush puts its counts
/// back; stopping the service flushes what is left.
/// </summary>
internal sealed class ViewCounter(
    NpgsqlDataSource db, TimeProvider clock, IOptions<ViewOptions> options, ContentCache cache, ILogger<ViewCounter> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<(Guid Article, DateTime Hour), StrongBox<long>> _pending = new();

    public void Count(Guid articleId) => Interlocked.Increment(ref Counter(articleId, HourOf(clock.GetUtcNow())).Value);

    /// <summary>Writes every buffered count; returns how many views it wrote.</summary>
    public async Task<long> FlushAsync(CancellationToken ct)
    {
        var batch = new List<(Guid Article, DateTime Hour, long Views)>();
        foreach (var (key, counter) in _pending)
        {
            var views = Interlocked.Exchange(ref counter.Value, 0);
            if (views > 0)
            {
                batch.Add((key.Article, key.Hour, views));
            }
            else if (key.Hour < HourOf(clock.GetUtcNow()).AddHours(-2))
            {
                // Nothing can still be counting into an hour long past.
                _pending.TryRemove(key, out _);
            }
        }

        if (batch.Count == 0)
        {
            return 0;
        }

        try
        {
            await using var connection = await db.OpenConnectionAsync(ct);
            await connection.ExecuteAsync(new CommandDefinition(
                """
                insert into article_views (article_id, hour, views)
                select b.article_id, b.hour, b.views
                from unnest(@articles, @hours, @views) as b (article_id, hour, views)
                join articles a on a.id = b.article_id
                on conflict (article_id, hour) do update set views = article_views.views + excluded.views
                """,
                new { articles = batch.Select(b => b.Article).ToArray(), hours = batch.Select(b => b.Hour).ToArray(), views = batch.Select(b => b.Views).ToArray() },
                cancellationToken: ct));
        }
        catch
        {
            foreach (var (article, hour, views) in batch)
            {
                Interlocked.Add(ref Counter(article, hour).Value, views);
            }

            throw;
        }

        // Terpopuler and its kind rank by these counts.
        await cache.EvictAsync(["popular"], ct);
        return batch.Sum(b => b.Views);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(CancellationToken.None);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FlushInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await FlushAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Writing view counts failed; they are kept for the next flush");
            }
        }
    }

    private StrongBox<long> Counter(Guid article, DateTime hour) => _pending.GetOrAdd((article, hour), _ => new StrongBox<long>());

    private static DateTime HourOf(DateTimeOffset time) => new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerHour), DateTimeKind.Utc);
}
