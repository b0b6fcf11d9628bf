using Cms.Api.Articles;
using Cms.Api.Infrastructure.Http;
using Dapper;
using Npgsql;

namespace Cms.Api.Sync;

internal sealed class ChangeRepository(NpgsqlDataSource db, ArticleFeedRepository articles)
{
    /// <summary>
    /// Articles whose last change lies after a position and no later than <paramref name="upTo"/>,
    /// oldest first: public ones as <c>changed</c>, ones that were public once but are not now as
    /// <c>removed</c>. Articles that were never public are nobody's business.
    /// </summary>
    public async Task<IReadOnlyList<Change>> ChangesAsync(Position after, DateTime upTo, int take, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(Guid Id, DateTime UpdatedAt, bool IsPublic)>(new CommandDefinition(
            $"""
            select a.id, a.updated_at, {ArticleRepository.PublicCondition("a")} as is_public
            from articles a
            where a.published_at is not null and (a.updated_at, a.id) > (@afterAt, @afterId) and a.updated_at <= @upTo
            order by a.updated_at, a.id
            limit @take
            """,
            new { afterAt = after.At, afterId = after.Id, upTo, take },
            cancellationToken: ct));
        var changes = rows.AsList();
        var summaries = (await articles.ByIdsAsync(changes.Where(c => c.IsPublic).Select(c => c.Id).ToArray(), ct)).ToDictionary(s => s.Id);
        return changes.Select(c => c.IsPublic && summaries.TryGetValue(c.Id, out var summary)
                ? new Change("changed", c.Id, c.UpdatedAt, summary)
                : new Change("removed", c.Id, c.UpdatedAt))
            .ToList();
    }
}
