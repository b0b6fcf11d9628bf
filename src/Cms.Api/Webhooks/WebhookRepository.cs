using System.Security.Cryptography;
using Cms.Api.Infrastructure.Database;
using Dapper;
using Npgsql;

namespace Cms.Api.Webhooks;

internal sealed class WebhookRepository(NpgsqlDataSource db, TimeProvider clock)
{
    private const string Columns = "id, url, events, secret, active, version, created_at, updated_at";

    public async Task<IReadOnlyList<WebhookRow>> ListAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<WebhookRow>(new CommandDefinition(
            $"select {Columns} from webhooks order by created_at, id", cancellationToken: ct))).AsList();
    }

    public async Task<WebhookRow?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<WebhookRow>(new CommandDefinition(
            $"select {Columns} from webhooks where id = @id", new { id }, cancellationToken: ct));
    }

    public async Task<WebhookRow> CreateAsync(WebhookRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return await connection.QuerySingleAsync<WebhookRow>(new CommandDefinition(
            $"""
            insert into webhooks (id, url, events, secret, active, created_at, updated_at)
            values (@id, @Url, @events, @secret, @active, @now, @now)
            returning {Columns}
            """,
            new
            {
                id = Guid.CreateVersion7(), request.Url, events = EventsOf(request), active = request.Active ?? true,
                secret = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)), now,
            },
            cancellationToken: ct));
    }

    public async Task<WriteResult<WebhookRow>> UpdateAsync(Guid id, long? expectedVersion, WebhookRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (WriteResult<WebhookRow>.Check(await Versions.LockAsync(connection, transaction, "webhooks", id, ct), expectedVersion) is { } refused)
        {
            return refused;
        }

        var row = await connection.QuerySingleAsync<WebhookRow>(new CommandDefinition(
            $"""
            update webhooks set url = @Url, events = @events, active = @active, version = version + 1, updated_at = @now
            where id = @id
            returning {Columns}
            """,
            new { id, request.Url, events = EventsOf(request), active = request.Active ?? true, now = clock.GetUtcNow().UtcDateTime },
            transaction,
            cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return WriteResult<WebhookRow>.Done(row);
    }

    public async Task<WriteResult<WebhookRow>> DeleteAsync(Guid id, long? expectedVersion, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (WriteResult<WebhookRow>.Check(await Versions.LockAsync(connection, transaction, "webhooks", id, ct), expectedVersion) is { } refused)
        {
            return refused;
        }

        var row = await connection.QuerySingleAsync<WebhookRow>(new CommandDefinition(
            $"delete from webhooks where id = @id returning {Columns}", new { id }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return WriteResult<WebhookRow>.Done(row);
    }

    public async Task<IReadOnlyList<DeliveryResponse>?> DeliveriesAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            """
            select exists (select 1 from webhooks where id = @id);
            select id, event, attempts, next_attempt_at, delivered_at, last_status, last_error, created_at
            from webhook_deliveries where webhook_id = @id order by id desc limit 50;
            """,
            new { id },
            cancellationToken: ct));
        return await results.ReadSingleAsync<bool>() ? (await results.ReadAsync<DeliveryResponse>()).AsList() : null;
    }

    /// <summary>
    /// Writes one delivery per active webhook subscribed to the event, in the caller's
    /// transaction: the event leaves only if the change it reports is committed.
    /// </summary>
    public static Task EnqueueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string @event, string payload, DateTime now, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            insert into webhook_deliveries (webhook_id, event, payload, next_attempt_at, created_at)
            select id, @event, @payload::jsonb, @now, @now from webhooks where active and @event = any(events)
            """,
            new { @event, payload, now },
            transaction,
            cancellationToken: ct));

    private static string[] EventsOf(WebhookRequest request) => request.Events is { Count: > 0 } events ? events.Distinct().ToArray() : WebhookEvents.All;
}
