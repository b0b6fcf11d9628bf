using System.Text.Json;
using Cms.Api.Authors;
using Cms.Api.Categories;
using Cms.Api.Infrastructure.Http;
using Cms.Api.Tags;
using Dapper;
using Npgsql;

namespace Cms.Api.Articles;

/// <summary>The public lists of articles: the feed, related articles, rails, search.</summary>
internal sealed class ArticleFeedRepository(NpgsqlDataSource db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string SummaryBase =
        """
        a.id, a.slug, a.title, a.lead, a.source, a.published_at, a.updated_at, a.cover::text as cover,
        (select json_build_object('id', c.id, 'slug', c.slug, 'name', c.name) from categories c where c.id = a.category_id)::text as category,
        (select coalesce(json_agg(json_build_object('id', au.id, 'slug', au.slug, 'name', au.name) order by x.position), '[]')
            from article_authors x join authors au on au.id = x.author_id where x.article_id = a.id)::text as authors,
        (select coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name) order by x.position), '[]')
            from article_tags x join tags t on t.id = x.tag_id where x.article_id = a.id)::text as tags
        """;

    // Popular rails fill the views column; every other list leaves it null (and it is not sent).
    private static string SummaryColumns(string views = "null::bigint") => $"{SummaryBase}, {views} as views";

    // A section's scope: its category and every category below it; no scope means everything.
    private const string InScope =
        """
        (@scope::uuid is null or a.category_id in (
            with recursive sub (id) as (
                select @scope::uuid
                union all
                select c.id from categories c join sub on c.parent_id = sub.id)
            select id from sub))
        """;

    private static readonly string Filters =
        $"""
        where {ArticleRepository.PublicCondition("a")}
          and (@category::text is null or a.category_id in (
                with recursive sub (id) as (
                    select id from categories where slug = @category
                    union all
                    select c.id from categories c join sub on c.parent_id = sub.id)
                select id from sub))
          and (@tag::text is null or exists (
                select 1 from article_tags x join tags t on t.id = x.tag_id where x.article_id = a.id and t.slug = @tag))
          and (@author::text is null or exists (
                select 1 from article_authors x join authors au on au.id = x.author_id where x.article_id = a.id and au.slug = @author))
          and (@from::timestamptz is null or a.published_at >= @from)
          and (@to::timestamptz is null or a.published_at <= @to)
        """;

    private sealed record SummaryRow(
        Guid Id, string Slug, string Title, string? Lead, string? Source, DateTime PublishedAt, DateTime UpdatedAt,
        string? Cover, string? Category, string Authors, string Tags, long? Views)
    {
        public ArticleSummary ToSummary() => new(
            Id, Slug, Title, Lead, Source, PublishedAt, UpdatedAt,
            Category is null ? null : JsonSerializer.Deserialize<CategoryRef>(Category, Json),
            JsonSerializer.Deserialize<List<AuthorRef>>(Authors, Json)!,
            JsonSerializer.Deserialize<List<TagRef>>(Tags, Json)!,
            ArticleJson.ReadCover(Cover),
            Views);
    }

    /// <summary>Newest first, after the given position; one more row than asked tells whether more remain.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> AfterAsync(ArticleFeedQuery query, Position? after, int take, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            $"""
            select {SummaryColumns()} from articles a
            {Filters}
              and (@afterAt::timestamptz is null or (a.published_at, a.id) < (@afterAt, @afterId))
            order by a.published_at desc, a.id desc
            limit @take
            """,
            Parameters(query, new { afterAt = after?.At, afterId = after?.Id ?? Guid.Empty, take }),
            cancellationToken: ct));
        return rows.Select(r => r.ToSummary()).ToList();
    }

    public async Task<(IReadOnlyList<ArticleSummary> Rows, long Total)> PageAsync(ArticleFeedQuery query, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            select {SummaryColumns()} from articles a {Filters} order by a.published_at desc, a.id desc limit @limit offset @offset;
            select count(*) from articles a {Filters};
            """,
            Parameters(query, new { limit = query.Size(), offset = query.Offset() }),
            cancellationToken: ct));
        var rows = (await results.ReadAsync<SummaryRow>()).Select(r => r.ToSummary()).ToList();
        return (rows, await results.ReadSingleAsync<long>());
    }

    /// <summary>The public ones among the given ids, in the order asked.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> ByIdsAsync(Guid[] ids, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            $"select {SummaryColumns()} from articles a where a.id = any(@ids) and {ArticleRepository.PublicCondition("a")}",
            new { ids },
            cancellationToken: ct))).ToDictionary(r => r.Id);
        return ids.Distinct().Where(rows.ContainsKey).Select(id => rows[id].ToSummary()).ToList();
    }

    /// <summary>
    /// Berita Terkait for the public article behind a slug: the editor's choices first, in their
    /// order; then others ranked by shared tags, then same category, then recency. Never the
    /// article itself, no duplicates, public only. Null when there is no such public article.
    /// </summary>
    public async Task<(Guid SourceId, IReadOnlyList<ArticleSummary> Related)?> RelatedAsync(string slug, int limit, CancellationToken ct)
    {
        var isPublic = ArticleRepository.PublicCondition("a");
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            select a.id from articles a where a.slug = @slug and {isPublic};
            with src as (
                select a.id, a.category_id from articles a where a.slug = @slug and {isPublic}
            ),
            chosen as (
                select r.related_id as id, r.position
                from article_related r join articles a on a.id = r.related_id
                where r.article_id = (select id from src) and {isPublic}
            ),
            -- Automatic candidates come from indexes: articles sharing a tag, the latest of the same
            -- category, and the latest overall (so the list is never short); only they are ranked.
            candidates as (
                select x2.article_id as id
                from article_tags x1 join article_tags x2 on x2.tag_id = x1.tag_id
                where x1.article_id = (select id from src)
                union
                (select a.id from articles a where a.category_id = (select category_id from src) and {isPublic}
                 order by a.published_at desc limit @window)
                union
                (select a.id from articles a where {isPublic} order by a.published_at desc, a.id desc limit @window)
            ),
            ranked as (
                select a.id,
                       (select count(*) from article_tags x1 join article_tags x2 on x2.tag_id = x1.tag_id
                        where x1.article_id = (select id from src) and x2.article_id = a.id) as shared_tags,
                       coalesce(a.category_id = (select category_id from src), false) as same_category,
                       a.published_at
                from articles a join candidates c on c.id = a.id
                where {isPublic} and a.id <> (select id from src) and a.id not in (select id from chosen)
            ),
            ordered as (
                select id, row_number() over (order by position) as n from chosen
                union all
                select id, 1000000 + row_number() over (order by shared_tags desc, same_category desc, published_at desc, id desc) from ranked
            )
            select {SummaryColumns()}
            from ordered o join articles a on a.id = o.id
            order by o.n
            limit @limit;
            """,
            new { slug, limit, window = limit + RelatedQuery.Max },
            cancellationToken: ct));
        if (await results.ReadSingleOrDefaultAsync<Guid?>() is not { } sourceId)
        {
            return null;
        }

        return (sourceId, (await results.ReadAsync<SummaryRow>()).Select(r => r.ToSummary()).ToList());
    }

    /// <summary>Published articles matching a web-search style query, best match first, then newest.</summary>
    public async Task<(IReadOnlyList<ArticleSummary> Rows, long Total)> SearchAsync(string q, int limit, int offset, CancellationToken ct)
    {
        var isPublic = ArticleRepository.PublicCondition("a");
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            select {SummaryColumns()}
            from articles a, websearch_to_tsquery('indonesian', @q) query
            where {isPublic} and a.search @@ query
            order by ts_rank_cd(a.search, query) desc, a.published_at desc, a.id desc
            limit @limit offset @offset;
            select count(*) from articles a where {isPublic} and a.search @@ websearch_to_tsquery('indonesian', @q);
            """,
            new { q, limit, offset },
            cancellationToken: ct));
        var rows = (await results.ReadAsync<SummaryRow>()).Select(r => r.ToSummary()).ToList();
        return (rows, await results.ReadSingleAsync<long>());
    }

    /// <summary>
    /// The most read public articles of the last window (views counted by the beacon), each with
    /// its count; a short list is filled with the latest articles not already in it.
    /// </summary>
    public async Task<IReadOnlyList<ArticleSummary>> PopularAsync(Guid? scope, DateTime since, int limit, CancellationToken ct)
    {
        var isPublic = ArticleRepository.PublicCondition("a");
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            $"""
            with ranked as (
                select v.article_id as id, sum(v.views)::bigint as views
                from article_views v join articles a on a.id = v.article_id
                where v.hour >= @since and {isPublic} and {InScope}
                group by v.article_id
                order by views desc, v.article_id
                limit @limit
            ),
            fill as (
                select a.id, 0::bigint as views, a.published_at
                from articles a
                where {isPublic} and {InScope} and a.id not in (select id from ranked)
                order by a.published_at desc, a.id desc
                limit @limit
            ),
            ordered as (
                select id, views, row_number() over (order by views desc, id) as n from ranked
                union all
                select id, views, 1000000 + row_number() over (order by published_at desc, id desc) from fill
            )
            select {SummaryColumns("o.views")}
            from ordered o join articles a on a.id = o.id
            order by o.n
            limit @limit
            """,
            new { scope, since, limit },
            cancellationToken: ct));
        return rows.Select(r => r.ToSummary()).ToList();
    }

    /// <summary>
    /// A curated list as readers see it: items still pinned first, then the other unexpired items,
    /// each group in list order; expired and non-public items drop out; a short list is filled
    /// with the latest articles not already in it.
    /// </summary>
    public async Task<IReadOnlyList<ArticleSummary>> CuratedAsync(string sectionKey, Guid? scope, DateTime now, int limit, CancellationToken ct)
    {
        var isPublic = ArticleRepository.PublicCondition("a");
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<SummaryRow>(new CommandDefinition(
            $"""
            with items as (
                select i.article_id as id, i.position, coalesce(i.pinned_until > @now, false) as pinned
                from section_items i join articles a on a.id = i.article_id
                where i.section_key = @sectionKey and {isPublic} and (i.expires_at is null or i.expires_at > @now)
            ),
            fill as (
                select a.id, a.published_at
                from articles a
                where {isPublic} and {InScope} and a.id not in (select article_id from section_items where section_key = @sectionKey)
                order by a.published_at desc, a.id desc
                limit @limit
            ),
            ordered as (
                select id, row_number() over (order by pinned desc, position) as n from items
                union all
                select id, 1000000 + row_number() over (order by published_at desc, id desc) from fill
            )
            select {SummaryColumns()}
            from ordered o join articles a on a.id = o.id
            order by o.n
            limit @limit
            """,
            new { sectionKey, scope, now, limit },
            cancellationToken: ct));
        return rows.Select(r => r.ToSummary()).ToList();
    }

    private static DynamicParameters Parameters(ArticleFeedQuery query, object extra)
    {
        var parameters = new DynamicParameters(extra);
        parameters.AddDynamicParams(new
        {
            category = query.Category,
            tag = query.Tag,
            author = query.Author,
            from = query.From?.UtcDateTime,
            to = query.To?.UtcDateTime,
        });
        return parameters;
    }
}
