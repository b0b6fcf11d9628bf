using Cms.Api.Infrastructure.Auth;
using Cms.Api.Infrastructure.Database;
using Cms.Api.Infrastructure.Http;
using Dapper;
using Npgsql;

namespace Cms.Api.ApiKeys;

internal sealed class ApiKeyRepository(NpgsqlDataSource db, TimeProvider clock)
{
    private const string Columns = "id, name, role, key_prefix, version, created_at, revoked_at";

    public async Task<ApiKeyIdentity?> FindActiveAsync(string key, CancellationToken ct)
    {
        if (key.Length < ApiKeySecrets.MinimumLength)
        {
            return null;
        }

        await using var connection = await db.OpenConnectionAsync(ct);
        var candidates = await connection.QueryAsync<(Guid Id, string Name, string Role, byte[] KeyHash)>(new CommandDefinition(
            """
            select id, name, role, key_hash
            from api_keys
            where key_prefix = @prefix and revoked_at is null
            """,
            new { prefix = ApiKeySecrets.PrefixOf(key) },
            cancellationToken: ct));

        return candidates
            .Where(c => ApiKeySecrets.Matches(key, c.KeyHash))
            .Select(c => new ApiKeyIdentity(c.Id, c.Name, Roles.Parse(c.Role)))
            .FirstOrDefault();
    }

    public async Task<(ApiKeyRow Row, string Secret)> CreateAsync(string name, Role role, CancellationToken ct)
    {
        var secret = ApiKeySecrets.Generate();
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleAsync<ApiKeyRow>(new CommandDefinition(
            $"""
            insert into api_keys (id, name, role, key_prefix, key_hash, created_at)
            values (@id, @name, @role, @prefix, @hash, @now)
            returning {Columns}
            """,
            new { id = Guid.CreateVersion7(), name, role = role.Name(), prefix = ApiKeySecrets.PrefixOf(secret), hash = ApiKeySecrets.Hash(secret), now = clock.GetUtcNow().UtcDateTime },
            cancellationToken: ct));
        return (row, secret);
    }

    /// <summary>Makes the configured bootstrap secret a live admin key (re-activating it if it was revoked).</summary>
    public async Task EnsureBootstrapKeyAsync(string secret, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into api_keys (id, name, role, key_prefix, key_hash, created_at)
            values (@id, 'bootstrap-admin', 'admin', @prefix, @hash, @now)
            on conflict (key_hash) do update
                set role = 'admin', revoked_at = null, version = api_keys.version + 1
                where api_keys.revoked_at is not null or api_keys.role <> 'admin'
            """,
            new { id = Guid.CreateVersion7(), prefix = ApiKeySecrets.PrefixOf(secret), hash = ApiKeySecrets.Hash(secret), now = clock.GetUtcNow().UtcDateTime },
            cancellationToken: ct));
    }

    public async Task<ApiKeyRow?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(
            $"select {Columns} from api_keys where id = @id", new { id }, cancellationToken: ct));
    }

    public async Task<(IReadOnlyList<ApiKeyRow> Rows, long Total)> ListAsync(PageQuery page, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            select {Columns} from api_keys order by created_at desc, id desc limit @limit offset @offset;
            select count(*) from api_keys;
            """,
            new { limit = page.Size(), offset = page.Offset() },
            cancellationToken: ct));
        var rows = (await results.ReadAsync<ApiKeyRow>()).AsList();
        return (rows, await results.ReadSingleAsync<long>());
    }

    /// <summary>Revokes a live key. A key already revoked counts as not found: there is nothing left to revoke.</summary>
    public async Task<WriteResult<ApiKeyRow>> RevokeAsync(Guid id, long? expectedVersion, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var current = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "select version from api_keys where id = @id and revoked_at is null for update", new { id }, transaction, cancellationToken: ct));
        if (WriteResult<ApiKeyRow>.Check(current, expectedVersion) is { } refused)
        {
            return refused;
        }

        var row = await connection.QuerySingleAsync<ApiKeyRow>(new CommandDefinition(
            $"update api_keys set revoked_at = @now, version = version + 1 where id = @id returning {Columns}",
            new { id, now = clock.GetUtcNow().UtcDateTime },
            transaction,
            cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return WriteResult<ApiKeyRow>.Done(row);
    }
}
