using Cms.Api.Infrastructure.Caching;
using Cms.Api.Infrastructure.Database;
using Cms.Api.Infrastructure.Http;
using Dapper;
using Npgsql;

namespace Cms.Api.Authors;

/// <summary>Every write empties the content cache: names show in articles, lists and trees everywhere, and such writes are rare.</summary>
internal sealed class AuthorRepository(NpgsqlDataSource db, TimeProvider clock, ContentCache cache)
{
    private const string Columns = "id, slug, name, bio, avatar_url, version, created_at, updated_at";

    public async Task<AuthorRow?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<AuthorRow>(new CommandDefinition(
            $"select {Columns} from authors where id = @id", new { id }, cancellationToken: ct));
    }

    public async Task<AuthorRow?> FindBySlugAsync(string slug, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<AuthorRow>(new CommandDefinition(
            $"select {Columns} from authors where slug = @slug", new { slug }, cancellationToken: ct));
    }

    public async Task<(IReadOnlyList<AuthorRow> Rows, long Total)> ListAsync(PageQuery page, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            select {Columns} from authors order by name, id limit @limit offset @offset;
            select count(*) from authors;
            """,
            new { limit = page.Size(), offset = page.Offset() },
            cancellationToken: ct));
        var rows = (await results.ReadAsync<AuthorRow>()).AsList();
        return (rows, await results.ReadSingleAsync<long>());
    }

    public async Task<AuthorRow> CreateAsync(AuthorRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleAsync<AuthorRow>(new CommandDefinition(
            $"""
            insert into authors (id, slug, name, bio, avatar_url, created_at, updated_at)
            values (@id, @Slug, @Name, @Bio, @AvatarUrl, @now, @now)
            returning {Columns}
            """,
            new { id = Guid.CreateVersion7(), request.Slug, request.Name, request.Bio, request.AvatarUrl, now = clock.GetUtcNow().UtcDateTime },
            cancellationToken: ct));
        await cache.EvictAsync([ContentCache.All], ct);
        return row;
    }

    public async Task<WriteResult<AuthorRow>> UpdateAsync(Guid id, long? expectedVersion, AuthorRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (WriteResult<AuthorRow>.Check(await Versions.LockAsync(connection, transaction, "authors", id, ct), expectedVersion) is { } refused)
        {
            return refused;
        }

        var row = await connection.QuerySingleAsync<AuthorRow>(new CommandDefinition(
            $"""
            update authors
            set slug = @Slug, name = @Name, bio = @Bio, avatar_url = @AvatarUrl, version = version + 1, updated_at = @now
            where id = @id
            returning {Columns}
            """,
            new { id, request.Slug, request.Name, request.Bio, request.AvatarUrl, now = clock.GetUtcNow().UtcDateTime },
            transaction,
            cancellationToken: ct));
        await transaction.CommitAsync(ct);
        await cache.EvictAsync([ContentCache.All], ct);
        return WriteResult<AuthorRow>.Done(row);
    }

    public async Task<WriteResult<AuthorRow>> DeleteAsync(Guid id, long? expectedVersion, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (WriteResult<AuthorRow>.Check(await Versions.LockAsync(connection, transaction, "authors", id, ct), expectedVersion) is { } refused)
        {
            return refused;
        }

        var articles = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "select count(*) from article_authors where author_id = @id", new { id }, transaction, cancellationToken: ct));
        if (articles > 0)
        {
            return WriteResult<AuthorRow>.Conflict($"The author is credited on {articles} articles; remove them from those first.");
        }

        var row = await connection.QuerySingleAsync<AuthorRow>(new CommandDefinition(
            $"delete from authors where id = @id returning {Columns}", new { id }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        await cache.EvictAsync([ContentCache.All], ct);
        return WriteResult<AuthorRow>.Done(row);
    }
}
