using System.Collections.Frozen;
using Dapper;
using Npgsql;

namespace Cms.Api.Views;

/// <summary>
/// The ids of all public articles, held in memory so a view beacon for an unknown or non-public
/// article is refused without a database query. Reloaded when this instance changes what is
/// public, and at least every <see cref="MaxAge"/> for changes made by other instances.
/// </summary>
internal sealed class PublicArticleIds(NpgsqlDataSource db, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(FrozenSet<Guid> Ids, DateTimeOffset LoadedAt);

    public async ValueTask<bool> ContainsAsync(Guid id, CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is null || clock.GetUtcNow() - snapshot.LoadedAt > MaxAge)
        {
            snapshot = await ReloadAsync(ct);
        }

        return snapshot.Ids.Contains(id);
    }

    /// <summary>Called after a write that may have changed what is public.</summary>
    public void Invalidate() => _snapshot = null;

    public void Dispose() => _reload.Dispose();

    private async Task<Snapshot> ReloadAsync(CancellationToken ct)
    {
        await _reload.WaitAsync(ct);
        try
        {
            // Another beacon may have reloaded while this one waited.
            if (_snapshot is { } fresh && clock.GetUtcNow() - fresh.LoadedAt <= MaxAge)
            {
                return fresh;
            }

            var loadedAt = clock.GetUtcNow();
            await using var connection = await db.OpenConnectionAsync(ct);
            var ids = await connection.QueryAsync<Guid>(new CommandDefinition(
                "select id from articles where deleted_at is null and status = 'published'", cancellationToken: ct));
            var snapshot = new Snapshot(ids.ToFrozenSet(), loadedAt);
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _reload.Release();
        }
    }
}
