using Cms.Api.Infrastructure;
using Cms.Api.Infrastructure.Caching;
using Cms.Api.Sections;
using Microsoft.Extensions.Options;

namespace Cms.Api.Articles;

/// <summary>
/// Publishes scheduled articles when they come due, on a timer driven by the service's
/// TimeProvider. Tests call <see cref="TickAsync"/> directly after moving the clock.
/// </summary>
internal sealed class ArticleScheduler(
    ArticleRepository articles, SectionRepository sections, ContentCache cache, TimeProvider clock,
    IOptions<SchedulerOptions> options, ILogger<ArticleScheduler> logger) : BackgroundService
{
    private DateTime _lastTick = DateTime.MinValue;

    /// <summary>
    /// Publishes due articles, and evicts curated rails whose pins or expiries ended since the
    /// last tick: every change that time alone makes goes through here.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> TickAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var published = await articles.PublishDueAsync(ct);
        if (await sections.CuratedChangedAsync(_lastTick, now, ct))
        {
            await cache.EvictAsync(["curated"], ct);
        }

        _lastTick = now;
        var count = published.Count;
        if (count > 0)
        {
            logger.LogInformation("Scheduler published {Count} due articles", count);
        }

        return published;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed tick (database briefly away) is retried on the next one.
                logger.LogError(exception, "Scheduler tick failed");
            }
        }
    }
}
