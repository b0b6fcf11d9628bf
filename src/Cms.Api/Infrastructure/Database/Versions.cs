using Dapper;
using Npgsql;

namespace Cms.Api.Infrastructure.Database;

/// <summary>Row versions: the ETag of every management resource and the lock a conditional write takes first.</summary>
internal static class Versions
{
    /// <summary>
    /// Locks the row for the rest of the transaction and returns its version; null when there is
    /// no such row. The table name always comes from code, never from input.
    /// </summary>
    public static Task<long?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, Guid id, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            $"select version from {table} where id = @id for update", new { id }, transaction, cancellationToken: ct));
}
