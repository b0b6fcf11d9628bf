using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Cms.Api.Webhooks;

/// <summary>Settings under <c>Cms:Webhooks</c>.</summary>
internal sealed class WebhookOptions
{
    public const string Section = "Cms:Webhooks";

    /// <summary>Send deliveries from this instance (any number may; each delivery is claimed by one).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often due deliveries are sent.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts before a delivery is given up (retries back off from 30 s, doubling, up to an hour).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long a receiver has to answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>
/// Sends due webhook deliveries from the outbox. Each is claimed with FOR UPDATE SKIP LOCKED and
/// a short lease, so several instances share the work without sending anything twice at once;
/// it is signed (<c>X-Cms-Signature: t=…,v1=HMAC-SHA256(secret, t + "." + body)</c>), and a
/// failure is retried with exponential backoff until <see cref="WebhookOptions.MaxAttempts"/>.
/// </summary>
internal sealed class WebhookDispatcher(
    NpgsqlDataSource db, IHttpClientFactory clients, TimeProvider clock, IOptions<WebhookOptions> options, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    public const string ClientName = "webhooks";
    private const int BatchSize = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private sealed record Claimed(long Id, string Event, string Payload, int Attempts, string Url, string Secret);

    /// <summary>Sends every delivery that is due now; returns how many were delivered.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<Claimed> claimed;
        await using (var connection = await db.OpenConnectionAsync(ct))
        {
            claimed = (await connection.QueryAsync<Claimed>(new CommandDefinition(
                """
                update webhook_deliveries d set next_attempt_at = @leaseUntil
                from webhooks w
                where w.id = d.webhook_id and d.id in (
                    select id from webhook_deliveries
                    where delivered_at is null and next_attempt_at <= @now
                    order by id
                    limit @batch
                    for update skip locked)
                returning d.id, d.event, d.payload::text as payload, d.attempts, w.url, w.secret
                """,
                new { now = now.UtcDateTime, leaseUntil = (now + Lease).UtcDateTime, batch = BatchSize },
                cancellationToken: ct))).AsList();
        }

        var delivered = 0;
        foreach (var delivery in claimed.OrderBy(d => d.Id))
        {
            var (status, error) = await SendAsync(delivery, ct);
            var success = status is >= 200 and < 300;
            delivered += success ? 1 : 0;
            var attempts = delivery.Attempts + 1;
            DateTime? nextAttempt = success || attempts >= options.Value.MaxAttempts ? null : (clock.GetUtcNow() + Backoff(attempts)).UtcDateTime;
            await using var connection = await db.OpenConnectionAsync(ct);
            await connection.ExecuteAsync(new CommandDefinition(
                """
                update webhook_deliveries
                set attempts = @attempts, last_status = @status, last_error = @error, next_attempt_at = @nextAttempt,
                    delivered_at = case when @success then @now else null end
                where id = @Id
                """,
                new { delivery.Id, attempts, status, error, nextAttempt, success, now = clock.GetUtcNow().UtcDateTime },
                cancellationToken: ct));
        }

        return delivered;
    }

    /// <summary>30 s after the first failure, doubling each time, never more than an hour.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, attempts - 1)));

    public static string Signature(string secret, long timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

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
                await DeliverDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Webhook dispatch failed; due deliveries are retried on the next tick");
            }
        }
    }

    private async Task<(int? Status, string? Error)> SendAsync(Claimed delivery, CancellationToken ct)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Cms-Event", delivery.Event);
        request.Headers.Add("X-Cms-Delivery", delivery.Id.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Cms-Signature", $"t={timestamp},v1={Signature(delivery.Secret, timestamp, delivery.Payload)}");
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
            return ((int)response.StatusCode, response.IsSuccessStatusCode ? null : $"The receiver answered {(int)response.StatusCode}.");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return (null, exception.Message);
        }
    }
}
