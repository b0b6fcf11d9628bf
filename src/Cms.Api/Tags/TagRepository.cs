using Cms.Api.Infrastructure.Caching;
using Cms.Api.Infrastructure.Database;
using Cms.Api.Infrastructure.Http;
using Dapper;
using Npgsql;

namespace Cms.Api.Tags;

/// <summary>Every write empties the content cache: names show in articles, lists and trees everywhere, and such writes are rare.</summary>
internal sealed class TagRepository(NpgsqlDataSource db, TimeProvider clock, ContentCache cache)
{
    private const string Columns = "id, slug, name, version, created_at, updated_at";

    public async Task<TagRow?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<TagRow>(new CommandDefinition(
            $"select {Columns} from tags where id = @id", new { id }, cancellationToken: ct));
    }

    public async Task<TagRow?> FindBySlugAsync(string slug, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<TagRow>(new CommandDefinition(
            $"select {Columns} from tags where slug = @slug", new { slug }, cancellationToken: ct));
    }

    public async Task<(IReadOnlyList<TagRow> Rows, long Total)> ListAsync(PageQuery page, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            select {Columns} from tags order by name, id limit @limit offset @offset;
            select count(*) from tags;
            """,
            new { limit = page.Size(), offset = page.Offset() },
            cancellationToken: ct));
        var rows = (await results.ReadAsync<TagRow>()).AsList();
        return (rows, await results.ReadSingleAsync<long>());
    }

    public async Task<TagRow> CreateAsync(TagRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleAsync<TagRow>(new CommandDefinition(
            $"""
            insert into tags (id, slug, name, created_at, updated_at)
            values (@id, @Slug, @Name, @now, @now)
            returning {Columns}
            """,
            new { id = Guid.CreateVersion7(), request.Slug, request.Name, now = clock.GetUtcNow().UtcDateTime },
            cancellationToken: ct));
        await cache.EvictAsync([ContentCache.All], ct);
        return row;
    }

    public async Task<WriteResult<TagRow>> UpdateAsync(Guid id, long? expectedVersion, TagRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (WriteResult<TagRow>.Check(await Versions.LockAsync(connection, transaction, "tags", id, ct), expectedVersion) is { } refused)
        {
            return refused;
        }

        var row = await connection.QuerySingleAsync<TagRow>(new CommandDefinition(
            $"""
            update tags set slug = @Slug, name = @Name, version = version + 1, updated_at = @now
            where id = @id
            returning {Columns}
            """,
            new { id, request.Slug, request.Name, now = clock.GetUtcNow().UtcDateTime },
            transaction,
            cancellationToken: ct));
        await transaction.CommitAsync(ct);
        await cache.EvictAsync([ContentCache.All], ct);
        return WriteResult<TagRow>.Done(row);
    }

    /// <summary>Deletes a tag; articles that carried it simply lose it.</summary>
    public async Task<WriteResult<TagRow>> DeleteAsync(Guid id, long? expectedVersion, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (WriteResult<TagRow>.Check(await Versions.LockAsync(connection, transaction, "tags", id, ct), expectedVersion) is { } refused)
        {
            return refused;
        }

        var row = await connection.QuerySingleAsync<TagRow>(new CommandDefinition(
            $"delete from tags where id = @id returning {Columns}", new { id }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        await cache.EvictAsync([ContentCache.All], ct);
        return WriteResult<TagRow>.Done(row);
    }
}
