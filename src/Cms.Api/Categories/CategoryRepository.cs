using System.Data;
using Cms.Api.Infrastructure.Caching;
using Cms.Api.Infrastructure.Database;
using Cms.Api.Infrastructure.Http;
using Dapper;
using Npgsql;

namespace Cms.Api.Categories;

/// <summary>Every write empties the content cache: names show in articles, lists and trees everywhere, and such writes are rare.</summary>
internal sealed class CategoryRepository(NpgsqlDataSource db, TimeProvider clock, ContentCache cache)
{
    private const string Columns = "id, slug, name, description, parent_id, position, version, created_at, updated_at";

    // Tree writes take this transaction lock so two concurrent moves cannot together form a cycle.
    private const long TreeLockKey = 0x636d732d74726565;

    /// <summary>Every category; the tree is small enough to build in memory from one query.</summary>
    public async Task<IReadOnlyList<CategoryRow>> AllAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<CategoryRow>(new CommandDefinition(
            $"select {Columns} from categories order by position, name, id", cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<CategoryRow?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<CategoryRow>(new CommandDefinition(
            $"select {Columns} from categories where id = @id", new { id }, cancellationToken: ct));
    }

    public async Task<(IReadOnlyList<CategoryRow> Rows, long Total)> ListAsync(PageQuery page, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            select {Columns} from categories order by slug limit @limit offset @offset;
            select count(*) from categories;
            """,
            new { limit = page.Size(), offset = page.Offset() },
            cancellationToken: ct));
        var rows = (await results.ReadAsync<CategoryRow>()).AsList();
        return (rows, await results.ReadSingleAsync<long>());
    }

    public async Task<WriteResult<CategoryRow>> CreateAsync(CategoryRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await LockTreeAsync(connection, ct);
        if (request.ParentId is { } parentId && !await ExistsAsync(connection, transaction, parentId, ct))
        {
            return WriteResult<CategoryRow>.Invalid("parentId", "No category has this id.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var row = await connection.QuerySingleAsync<CategoryRow>(new CommandDefinition(
            $"""
            insert into categories (id, slug, name, description, parent_id, position, created_at, updated_at)
            values (@id, @Slug, @Name, @Description, @ParentId, @position, @now, @now)
            returning {Columns}
            """,
            new { id = Guid.CreateVersion7(), request.Slug, request.Name, request.Description, request.ParentId, position = request.Position ?? 0, now },
            transaction,
            cancellationToken: ct));
        await transaction.CommitAsync(ct);
        await cache.EvictAsync([ContentCache.All], ct);
        return WriteResult<CategoryRow>.Done(row);
    }

    public async Task<WriteResult<CategoryRow>> UpdateAsync(Guid id, long? expectedVersion, CategoryRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await LockTreeAsync(connection, ct);
        if (WriteResult<CategoryRow>.Check(await Versions.LockAsync(connection, transaction, "categories", id, ct), expectedVersion) is { } refused)
        {
            return refused;
        }

        if (request.ParentId is { } parentId)
        {
            if (!await ExistsAsync(connection, transaction, parentId, ct))
            {
                return WriteResult<CategoryRow>.Invalid("parentId", "No category has this id.");
            }

            if (await IsSelfOrDescendantAsync(connection, transaction, ancestor: id, candidate: parentId, ct))
            {
                return WriteResult<CategoryRow>.Invalid("parentId", "A category cannot be placed under itself or one of its descendants.");
            }
        }

        var row = await connection.QuerySingleAsync<CategoryRow>(new CommandDefinition(
            $"""
            update categories
            set slug = @Slug, name = @Name, description = @Description, parent_id = @ParentId, position = @position,
                version = version + 1, updated_at = @now
            where id = @id
            returning {Columns}
            """,
            new { id, request.Slug, request.Name, request.Description, request.ParentId, position = request.Position ?? 0, now = clock.GetUtcNow().UtcDateTime },
            transaction,
            cancellationToken: ct));
        await transaction.CommitAsync(ct);
        await cache.EvictAsync([ContentCache.All], ct);
        return WriteResult<CategoryRow>.Done(row);
    }

    public async Task<WriteResult<CategoryRow>> DeleteAsync(Guid id, long? expectedVersion, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await LockTreeAsync(connection, ct);
        if (WriteResult<CategoryRow>.Check(await Versions.LockAsync(connection, transaction, "categories", id, ct), expectedVersion) is { } refused)
        {
            return refused;
        }

        var (children, articles) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
            """
            select (select count(*) from categories where parent_id = @id),
                   (select count(*) from articles where category_id = @id and deleted_at is null)
            """,
            new { id },
            transaction,
            cancellationToken: ct));
        if (children > 0 || articles > 0)
        {
            return WriteResult<CategoryRow>.Conflict(
                $"The category is still used by {children} child categories and {articles} articles; move or delete them first.");
        }

        // Deleted articles keep no claim on a category.
        await connection.ExecuteAsync(new CommandDefinition(
            "update articles set category_id = null where category_id = @id and deleted_at is not null", new { id }, transaction, cancellationToken: ct));

        var row = await connection.QuerySingleAsync<CategoryRow>(new CommandDefinition(
            $"delete from categories where id = @id returning {Columns}", new { id }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        await cache.EvictAsync([ContentCache.All], ct);
        return WriteResult<CategoryRow>.Done(row);
    }

    private static async Task<NpgsqlTransaction> LockTreeAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        await connection.ExecuteAsync(new CommandDefinition("select pg_advisory_xact_lock(@key)", new { key = TreeLockKey }, transaction, cancellationToken: ct));
        return transaction;
    }

    private static Task<bool> ExistsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken ct) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from categories where id = @id)", new { id }, transaction, cancellationToken: ct));

    // Walks up from the candidate parent: meeting the category itself means the move would form a cycle.
    private static Task<bool> IsSelfOrDescendantAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid ancestor, Guid candidate, CancellationToken ct) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            """
            with recursive up (id, parent_id) as (
                select id, parent_id from categories where id = @candidate
                union all
                select c.id, c.parent_id from categories c join up on c.id = up.parent_id
            )
            select exists (select 1 from up where id = @ancestor)
            """,
            new { ancestor, candidate },
            transaction,
            cancellationToken: ct));
}
