using Cms.Api.Infrastructure.Caching;
using Cms.Api.Infrastructure.Database;
using Dapper;
using Npgsql;

namespace Cms.Api.Sections;

internal sealed class SectionRepository(NpgsqlDataSource db, TimeProvider clock, ContentCache cache)
{
    private const string Select =
        """
        select s.key, s.name, s.kind, s.category_id, c.slug as category_slug, c.name as category_name, s.window_hours, s.is_default,
               s.version, s.items_version
        from sections s left join categories c on c.id = s.category_id
        """;

    /// <summary>The shipped rails first (Terkini, Terpopuler, Pilihan), then the ones admins added, oldest first.</summary>
    public async Task<IReadOnlyList<SectionRow>> ListAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<SectionRow>(new CommandDefinition(
            $"{Select} order by s.is_default desc, array_position(array['terkini', 'terpopuler', 'pilihan'], s.key), s.created_at, s.key",
            cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<SectionRow?> GetAsync(string key, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await GetAsync(connection, null, key, ct);
    }

    public async Task<WriteResult<SectionRow>> CreateAsync(CreateSectionRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (await UnknownCategoryAsync(connection, transaction, request.CategoryId, ct) is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into sections (key, name, kind, category_id, window_hours, created_at, updated_at)
            values (@Key, @Name, @kind, @CategoryId, @windowHours, @now, @now)
            """,
            new { request.Key, request.Name, kind = request.Kind!.Value.ToString().ToLowerInvariant(), request.CategoryId, windowHours = request.WindowHours ?? 24, now },
            transaction,
            cancellationToken: ct));
        var row = (await GetAsync(connection, transaction, request.Key, ct))!;
        await transaction.CommitAsync(ct);
        await cache.EvictAsync([$"section:{request.Key}", "sections"], ct);
        return WriteResult<SectionRow>.Done(row);
    }

    public async Task<WriteResult<SectionRow>> UpdateAsync(string key, long? expectedVersion, UpdateSectionRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var current = await LockAsync(connection, transaction, key, ct);
        if ((WriteResult<SectionRow>.Check(current?.Version, expectedVersion)
             ?? await UnknownCategoryAsync(connection, transaction, request.CategoryId, ct)) is { } refused)
        {
            return refused;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            update sections set name = @Name, category_id = @CategoryId, window_hours = @windowHours, version = version + 1, updated_at = @now
            where key = @key
            """,
            new { key, request.Name, request.CategoryId, windowHours = request.WindowHours ?? current!.WindowHours, now = clock.GetUtcNow().UtcDateTime },
            transaction,
            cancellationToken: ct));
        var row = (await GetAsync(connection, transaction, key, ct))!;
        await transaction.CommitAsync(ct);
        await cache.EvictAsync([$"section:{key}", "sections"], ct);
        return WriteResult<SectionRow>.Done(row);
    }

    public async Task<WriteResult<SectionRow>> DeleteAsync(string key, long? expectedVersion, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var current = await LockAsync(connection, transaction, key, ct);
        if (WriteResult<SectionRow>.Check(current?.Version, expectedVersion) is { } refused)
        {
            return refused;
        }

        if (current!.IsDefault)
        {
            return WriteResult<SectionRow>.Conflict($"'{key}' ships with the CMS and cannot be deleted.");
        }

        await connection.ExecuteAsync(new CommandDefinition("delete from sections where key = @key", new { key }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        await cache.EvictAsync([$"section:{key}", "sections"], ct);
        return WriteResult<SectionRow>.Done(current);
    }

    /// <summary>The curated list of a section and its own version; Conflict for a section that is not curated.</summary>
    public async Task<WriteResult<SectionItemsRow>> GetItemsAsync(string key, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        if (await GetAsync(connection, null, key, ct) is not { } section)
        {
            return WriteResult<SectionItemsRow>.NotFound;
        }

        return section.SectionKind != SectionKind.Curated
            ? NotCurated(key)
            : WriteResult<SectionItemsRow>.Done(new SectionItemsRow(section.ItemsVersion, await ItemsAsync(connection, null, key, ct)));
    }

    /// <summary>Replaces the whole curated list. Every item must be a live article.</summary>
    public async Task<WriteResult<SectionItemsRow>> ReplaceItemsAsync(string key, long? expectedVersion, IReadOnlyList<SectionItem> items, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var section = await LockAsync(connection, transaction, key, ct);
        if (WriteResult<SectionItemsRow>.Check(section?.ItemsVersion, expectedVersion) is { } refused)
        {
            return refused;
        }

        if (section!.SectionKind != SectionKind.Curated)
        {
            return NotCurated(key);
        }

        var ids = items.Select(i => i.ArticleId).ToArray();
        var live = (await connection.QueryAsync<Guid>(new CommandDefinition(
            "select id from articles where id = any(@ids) and deleted_at is null", new { ids }, transaction, cancellationToken: ct))).ToHashSet();
        for (var i = 0; i < ids.Length; i++)
        {
            if (!live.Contains(ids[i]))
            {
                return WriteResult<SectionItemsRow>.Invalid($"items[{i}].articleId", "No live article has this id.");
            }
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            delete from section_items where section_key = @key;
            insert into section_items (section_key, article_id, position, pinned_until, expires_at)
                select @key, x.id, x.ord, x.pinned_until, x.expires_at
                from unnest(@ids, @pinned, @expires) with ordinality as x (id, pinned_until, expires_at, ord);
            update sections set items_version = items_version + 1, updated_at = @now where key = @key;
            """,
            new
            {
                key, ids,
                pinned = items.Select(i => i.PinnedUntil?.ToUniversalTime()).ToArray(),
                expires = items.Select(i => i.ExpiresAt?.ToUniversalTime()).ToArray(),
                now = clock.GetUtcNow().UtcDateTime,
            },
            transaction,
            cancellationToken: ct));
        var result = new SectionItemsRow(section.ItemsVersion + 1, await ItemsAsync(connection, transaction, key, ct));
        await transaction.CommitAsync(ct);
        await cache.EvictAsync([$"section:{key}"], ct);
        return WriteResult<SectionItemsRow>.Done(result);
    }

    /// <summary>Whether a pin or an expiry of some curated item ended in (after, upTo]: curated rails then change by themselves.</summary>
    public async Task<bool> CuratedChangedAsync(DateTime after, DateTime upTo, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            """
            select exists (
                select 1 from section_items
                where (pinned_until > @after and pinned_until <= @upTo) or (expires_at > @after and expires_at <= @upTo))
            """,
            new { after, upTo },
            cancellationToken: ct));
    }

    private static WriteResult<SectionItemsRow> NotCurated(string key) =>
        WriteResult<SectionItemsRow>.Conflict($"'{key}' is not a curated section; only curated sections have items.");

    private static Task<SectionRow?> GetAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string key, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<SectionRow>(new CommandDefinition($"{Select} where s.key = @key", new { key }, transaction, cancellationToken: ct));

    private static async Task<SectionRow?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition("select 1 from sections where key = @key for update", new { key }, transaction, cancellationToken: ct));
        return await GetAsync(connection, transaction, key, ct);
    }

    private static async Task<IReadOnlyList<SectionItem>> ItemsAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string key, CancellationToken ct) =>
        (await connection.QueryAsync<(Guid ArticleId, DateTime? PinnedUntil, DateTime? ExpiresAt)>(new CommandDefinition(
            "select article_id, pinned_until, expires_at from section_items where section_key = @key order by position",
            new { key },
            transaction,
            cancellationToken: ct))).Select(i => new SectionItem(i.ArticleId, i.PinnedUntil, i.ExpiresAt)).ToList();

    private static async Task<WriteResult<SectionRow>?> UnknownCategoryAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid? categoryId, CancellationToken ct) =>
        categoryId is { } id && !await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from categories where id = @id)", new { id }, transaction, cancellationToken: ct))
            ? WriteResult<SectionRow>.Invalid("categoryId", "No category has this id.")
            : null;
}
