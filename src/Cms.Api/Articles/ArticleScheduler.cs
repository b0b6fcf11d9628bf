using Cms.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace Cms.Api.Articles;

/// <summary>
/// Publishes scheduled articles when they come due, on a timer driven by the service's
/// TimeProvider. Tests call <see cref="TickAsync"/> directly after moving the clock.
/// </summary>
internal sealed class ArticleScheduler(
    ArticleRepository articles, TimeProvider clock, IOptions<SchedulerOptions> options, ILogger<ArticleScheduler> logger) : BackgroundService
{
    public async Task<IReadOnlyList<Guid>> TickAsync(CancellationToken ct)
    {
        var published = await articles.PublishDueAsync(ct);
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
