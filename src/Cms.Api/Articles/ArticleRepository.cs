using System.Text.Json;
using Cms.Api.Authors;
using Cms.Api.Categories;
using Cms.Api.Infrastructure.Auth;
using Cms.Api.Infrastructure.Caching;
using Cms.Api.Infrastructure.Database;
using Cms.Api.Infrastructure.Http;
using Cms.Api.Tags;
using Cms.Api.Views;
using Cms.Api.Webhooks;
using Dapper;
using Npgsql;

namespace Cms.Api.Articles;

internal sealed class ArticleRepository(
    NpgsqlDataSource db, TimeProvider clock, ParagraphSanitizer sanitizer, PublicArticleIds publicIds, ContentCache cache)
{
    // Only one instance publishes due articles at a time; it spells "cms-schd".
    private const long SchedulerLockKey = 0x636d732d73636864;

    private const string Columns =
        """
        a.id, a.slug, a.title, a.lead, a.source, a.category_id, a.cover::text as cover, a.body::text as body,
        a.meta_title, a.meta_description, a.canonical_url, a.status, a.publish_at, a.published_at,
        a.created_by, a.created_by_name, a.version, a.created_at, a.updated_at,
        array(select x.author_id from article_authors x where x.article_id = a.id order by x.position) as author_ids,
        array(select t.slug from article_tags x join tags t on t.id = x.tag_id where x.article_id = a.id order by x.position) as tag_slugs,
        array(select x.related_id from article_related x where x.article_id = a.id order by x.position) as related_ids
        """;

    // The same shape without the heavy fields, for lists.
    private const string ListColumns = "a.id, a.slug, a.title, a.lead, a.source, a.category_id, null::text as cover, '[]' as body, "
        + "a.meta_title, a.meta_description, a.canonical_url, a.status, a.publish_at, a.published_at, a.created_by, a.created_by_name, "
        + "a.version, a.created_at, a.updated_at, "
        + "array(select x.author_id from article_authors x where x.article_id = a.id order by x.position) as author_ids, "
        + "array(select t.slug from article_tags x join tags t on t.id = x.tag_id where x.article_id = a.id order by x.position) as tag_slugs, "
        + "'{}'::uuid[] as related_ids";

    /// <summary>
    /// What "public" means everywhere: published and not deleted. A scheduled article becomes
    /// public when the scheduler publishes it, so every time-driven change goes through one place
    /// (and the public-list index stays usable).
    /// </summary>
    public static string PublicCondition(string alias) => $"({alias}.deleted_at is null and {alias}.status = 'published')";

    public async Task<ArticleRow?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await GetAsync(connection, null, id, ct);
    }

    public async Task<(IReadOnlyList<ArticleRow> Rows, long Total)> ListAsync(ArticleListQuery query, CancellationToken ct)
    {
        const string where =
            """
            where a.deleted_at is null
              and (@status::text is null or a.status = @status)
              and (@category::text is null or a.category_id in (
                    with recursive sub (id) as (
                        select id from categories where slug = @category
                        union all
                        select c.id from categories c join sub on c.parent_id = sub.id)
                    select id from sub))
              and (@author::text is null or exists (
                    select 1 from article_authors x join authors au on au.id = x.author_id where x.article_id = a.id and au.slug = @author))
              and (@tag::text is null or exists (
                    select 1 from article_tags x join tags t on t.id = x.tag_id where x.article_id = a.id and t.slug = @tag))
              and (@pattern::text is null or a.title ilike @pattern or a.lead ilike @pattern)
            """;
        var parameters = new
        {
            status = query.Status,
            category = query.Category,
            author = query.Author,
            tag = query.Tag,
            pattern = query.Q is null ? null : "%" + query.Q.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%",
            limit = query.Size(),
            offset = query.Offset(),
        };
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            select {ListColumns} from articles a {where} order by a.created_at desc, a.id desc limit @limit offset @offset;
            select count(*) from articles a {where};
            """,
            parameters,
            cancellationToken: ct));
        var rows = (await results.ReadAsync<ArticleRow>()).AsList();
        return (rows, await results.ReadSingleAsync<long>());
    }

    public async Task<WriteResult<ArticleRow>> CreateAsync(ArticleRequest request, Caller caller, CancellationToken ct)
    {
        if (caller.Role < Role.Editor && request.RelatedIds is { Count: > 0 })
        {
            return WriteResult<ArticleRow>.Forbidden("Only editors and admins set related articles.");
        }

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow().UtcDateTime;
        var references = await CheckReferencesAsync(connection, transaction, id, request, caller, now, ct);
        if (references.Failure is { } failure)
        {
            return failure;
        }

        var slug = request.Slug ?? await GenerateSlugAsync(connection, transaction, request.Title, ct);
        if (await SlugOwnerAsync(connection, transaction, slug, ct) is not null)
        {
            return WriteResult<ArticleRow>.Conflict($"The slug '{slug}' is already used by another article.");
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into articles (id, slug, title, lead, source, category_id, cover, body, meta_title, meta_description, canonical_url,
                                  status, created_by, created_by_name, created_at, updated_at)
            values (@id, @slug, @Title, @Lead, @Source, @CategoryId, @cover::jsonb, @body::jsonb, @MetaTitle, @MetaDescription, @CanonicalUrl,
                    'draft', @keyId, @keyName, @now, @now)
            """,
            new
            {
                id, slug, request.Title, request.Lead, request.Source, request.CategoryId,
                cover = ArticleJson.WriteCover(request.Cover), body = ArticleJson.WriteBody(sanitizer.Clean(request.Body ?? [])),
                request.MetaTitle, request.MetaDescription, request.CanonicalUrl, keyId = caller.KeyId, keyName = caller.KeyName, now,
            },
            transaction,
            cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            "insert into article_slugs (slug, article_id, created_at) values (@slug, @id, @now)", new { slug, id, now }, transaction, cancellationToken: ct));
        await ReplaceLinksAsync(connection, transaction, id, request, references.TagIds, ct);

        var row = await RecordRevisionAsync(connection, transaction, id, caller.KeyId, caller.KeyName, now, ct);
        await transaction.CommitAsync(ct);
        await EvictAsync(id, ct);
        return WriteResult<ArticleRow>.Done(row);
    }

    public async Task<WriteResult<ArticleRow>> UpdateAsync(Guid id, long? expectedVersion, ArticleRequest request, Caller caller, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var current = await LockAsync(connection, transaction, id, ct);
        if ((WriteResult<ArticleRow>.Check(current?.Version, expectedVersion) ?? MayNotEdit(current!, caller)) is { } refused)
        {
            return refused;
        }

        var result = await ApplyAsync(connection, transaction, current!, request, caller, ct);
        if (result.Status == WriteStatus.Done)
        {
            await transaction.CommitAsync(ct);
            await EvictAsync(id, ct);
        }

        return result;
    }

    /// <summary>Puts an old revision's content back (not its status); that makes a new revision.</summary>
    public async Task<WriteResult<ArticleRow>> RestoreAsync(Guid id, int number, long? expectedVersion, Caller caller, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var current = await LockAsync(connection, transaction, id, ct);
        if ((WriteResult<ArticleRow>.Check(current?.Version, expectedVersion) ?? MayNotEdit(current!, caller)) is { } refused)
        {
            return refused;
        }

        var content = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "select content::text from article_revisions where article_id = @id and number = @number", new { id, number }, transaction, cancellationToken: ct));
        if (content is null)
        {
            return WriteResult<ArticleRow>.NotFound;
        }

        var result = await ApplyAsync(connection, transaction, current!, ArticleJson.ReadRequest(content), caller, ct);
        if (result.Status == WriteStatus.Done)
        {
            await transaction.CommitAsync(ct);
            await EvictAsync(id, ct);
        }

        return result;
    }

    public async Task<WriteResult<ArticleRow>> TransitionAsync(
        Guid id, long? expectedVersion, Transition transition, DateTime? publishAt, Caller caller, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var current = await LockAsync(connection, transaction, id, ct);
        if (WriteResult<ArticleRow>.Check(current?.Version, expectedVersion) is { } refused)
        {
            return refused;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (ArticleWorkflow.Next(current!.ArticleStatus, transition, publishAt, now) is not { } next)
        {
            return WriteResult<ArticleRow>.InvalidTransition(
                $"An article that is {current.Status} cannot be {ArticleWorkflow.PastTense(transition)}{(publishAt > now ? " for a future time" : "")}.");
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            update articles
            set status = @status, publish_at = @publishAt,
                published_at = case when @status = 'published' then coalesce(published_at, @now) else published_at end,
                version = version + 1, updated_at = @now
            where id = @id
            """,
            new { id, status = next.Status.ToString().ToLowerInvariant(), publishAt = next.PublishAt, now },
            transaction,
            cancellationToken: ct));
        var row = await RecordRevisionAsync(connection, transaction, id, caller.KeyId, caller.KeyName, now, ct);
        if (next.Status == ArticleStatus.Published)
        {
            await EmitAsync(connection, transaction, WebhookEvents.Published, row, now, ct);
        }
        else if (current.ArticleStatus == ArticleStatus.Published)
        {
            await EmitAsync(connection, transaction, WebhookEvents.Unpublished, row, now, ct);
        }

        await transaction.CommitAsync(ct);
        publicIds.Invalidate();
        await EvictAsync(id, ct);
        return WriteResult<ArticleRow>.Done(row);
    }

    /// <summary>
    /// Publishes every scheduled article that is due. Safe with many instances: one runs at a
    /// time (a transaction-level advisory lock), the others skip the tick.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> PublishDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "select pg_try_advisory_xact_lock(@key)", new { key = SchedulerLockKey }, transaction, cancellationToken: ct)))
        {
            return [];
        }

        var published = (await connection.QueryAsync<Guid>(new CommandDefinition(
            """
            update articles
            set status = 'published', published_at = coalesce(published_at, publish_at), version = version + 1, updated_at = @now
            where status = 'scheduled' and publish_at <= @now and deleted_at is null
            returning id
            """,
            new { now },
            transaction,
            cancellationToken: ct))).AsList();
        foreach (var id in published)
        {
            var row = await RecordRevisionAsync(connection, transaction, id, null, "scheduler", now, ct);
            await EmitAsync(connection, transaction, WebhookEvents.Published, row, now, ct);
        }

        await transaction.CommitAsync(ct);
        if (published.Count > 0)
        {
            publicIds.Invalidate();
            await cache.EvictAsync(published.Select(id => $"article:{id}").Append("lists"), ct);
        }

        return published;
    }

    public async Task<(IReadOnlyList<RevisionSummary> Rows, long Total)?> ListRevisionsAsync(Guid id, PageQuery page, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            """
            select exists (select 1 from articles where id = @id and deleted_at is null);
            select number, created_at, created_by_name, status from article_revisions where article_id = @id
                order by number desc limit @limit offset @offset;
            select count(*) from article_revisions where article_id = @id;
            """,
            new { id, limit = page.Size(), offset = page.Offset() },
            cancellationToken: ct));
        if (!await results.ReadSingleAsync<bool>())
        {
            return null;
        }

        var rows = (await results.ReadAsync<(int Number, DateTime CreatedAt, string CreatedByName, string Status)>())
            .Select(r => new RevisionSummary(r.Number, r.CreatedAt, r.CreatedByName, Enum.Parse<ArticleStatus>(r.Status, ignoreCase: true)))
            .ToList();
        return (rows, await results.ReadSingleAsync<long>());
    }

    public async Task<RevisionResponse?> GetRevisionAsync(Guid id, int number, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<(int Number, DateTime CreatedAt, string CreatedByName, string Status, string Content)?>(
            new CommandDefinition(
                """
                select r.number, r.created_at, r.created_by_name, r.status, r.content::text
                from article_revisions r join articles a on a.id = r.article_id
                where r.article_id = @id and r.number = @number and a.deleted_at is null
                """,
                new { id, number },
                cancellationToken: ct));
        return row is not { } r ? null
            : new RevisionResponse(r.Number, r.CreatedAt, r.CreatedByName, Enum.Parse<ArticleStatus>(r.Status, ignoreCase: true), ArticleJson.ReadRequest(r.Content));
    }

    private async Task<WriteResult<ArticleRow>> ApplyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ArticleRow current, ArticleRequest request, Caller caller, CancellationToken ct)
    {
        var id = current.Id;
        if (caller.Role < Role.Editor && !(request.RelatedIds ?? []).SequenceEqual(current.RelatedIds))
        {
            return WriteResult<ArticleRow>.Forbidden("Only editors and admins set related articles.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var references = await CheckReferencesAsync(connection, transaction, id, request, caller, now, ct);
        if (references.Failure is { } failure)
        {
            return failure;
        }

        // An article keeps its URL when its title changes; only an explicit slug moves it.
        var slug = request.Slug ?? current.Slug;
        if (slug != current.Slug)
        {
            var owner = await SlugOwnerAsync(connection, transaction, slug, ct);
            if (owner is not null && owner != id)
            {
                return WriteResult<ArticleRow>.Conflict($"The slug '{slug}' is already used by another article.");
            }

            if (owner is null)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "insert into article_slugs (slug, article_id, created_at) values (@slug, @id, @now)", new { slug, id, now }, transaction, cancellationToken: ct));
            }

            // A slug that was never public has nobody to redirect; it is freed. Once public, it stays and redirects.
            if (current.PublishedAt is null)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "delete from article_slugs where slug = @old and article_id = @id", new { old = current.Slug, id }, transaction, cancellationToken: ct));
            }
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            update articles
            set slug = @slug, title = @Title, lead = @Lead, source = @Source, category_id = @CategoryId, cover = @cover::jsonb, body = @body::jsonb,
                meta_title = @MetaTitle, meta_description = @MetaDescription, canonical_url = @CanonicalUrl,
                version = version + 1, updated_at = @now
            where id = @id
            """,
            new
            {
                id, slug, request.Title, request.Lead, request.Source, request.CategoryId,
                cover = ArticleJson.WriteCover(request.Cover), body = ArticleJson.WriteBody(sanitizer.Clean(request.Body ?? [])),
                request.MetaTitle, request.MetaDescription, request.CanonicalUrl, now,
            },
            transaction,
            cancellationToken: ct));
        await ReplaceLinksAsync(connection, transaction, id, request, references.TagIds, ct);

        var saved = await RecordRevisionAsync(connection, transaction, id, caller.KeyId, caller.KeyName, now, ct);
        if (saved.ArticleStatus == ArticleStatus.Published)
        {
            await EmitAsync(connection, transaction, WebhookEvents.Updated, saved, now, ct);
        }

        return WriteResult<ArticleRow>.Done(saved);
    }

    /// <summary>
    /// After a committed write: every cached response that shows the article, every list (it may
    /// enter, leave or move), and the tag list (saving may have created tags).
    /// </summary>
    private Task EvictAsync(Guid id, CancellationToken ct) => cache.EvictAsync([$"article:{id}", "lists", "tags"], ct);

    /// <summary>Queues the event for every webhook that wants it, in the write's own transaction.</summary>
    private static Task EmitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string @event, ArticleRow row, DateTime now, CancellationToken ct) =>
        WebhookRepository.EnqueueAsync(connection, transaction, @event, JsonSerializer.Serialize(new
        {
            @event,
            occurredAt = now,
            article = new { id = row.Id, slug = row.Slug, title = row.Title, status = row.Status, publishedAt = row.PublishedAt, updatedAt = row.UpdatedAt },
        }), now, ct);

    /// <summary>Stores the article as it now is as its next revision, and returns it.</summary>
    private static async Task<ArticleRow> RecordRevisionAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, Guid? keyId, string keyName, DateTime now, CancellationToken ct)
    {
        var row = (await GetAsync(connection, transaction, id, ct))!;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into article_revisions (article_id, number, created_at, created_by, created_by_name, status, content)
            select @id, coalesce(max(number), 0) + 1, @now, @keyId, @keyName, @status, @content::jsonb
            from article_revisions where article_id = @id
            """,
            new { id, now, keyId, keyName, status = row.Status, content = ArticleJson.WriteRequest(row.ToRequest()) },
            transaction,
            cancellationToken: ct));
        return row;
    }

    /// <summary>Soft delete: the article leaves every API, its slugs stay reserved.</summary>
    public async Task<WriteResult<ArticleRow>> DeleteAsync(Guid id, long? expectedVersion, Caller caller, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var current = await LockAsync(connection, transaction, id, ct);
        if (WriteResult<ArticleRow>.Check(current?.Version, expectedVersion) is { } refused)
        {
            return refused;
        }

        if (MayNotEdit(current!, caller) is { } forbidden)
        {
            return forbidden;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await connection.ExecuteAsync(new CommandDefinition(
            "update articles set deleted_at = @now, version = version + 1, updated_at = @now where id = @id",
            new { id, now },
            transaction,
            cancellationToken: ct));
        if (current!.ArticleStatus == ArticleStatus.Published)
        {
            await EmitAsync(connection, transaction, WebhookEvents.Deleted, current, now, ct);
        }

        await transaction.CommitAsync(ct);
        publicIds.Invalidate();
        await EvictAsync(id, ct);
        return WriteResult<ArticleRow>.Done(current!);
    }

    /// <summary>
    /// The public article behind a slug, rendered as the content API shows it, with the ids of
    /// every article its read-also blocks point at, shown or not (their publication changes it).
    /// </summary>
    public Task<(PublicArticleResponse Article, IReadOnlyList<Guid> References)?> FindPublicAsync(string slug, CancellationToken ct) =>
        RenderAsync($"a.slug = @slug and {PublicCondition("a")}", slug, null, ct);

    /// <summary>Any live article rendered exactly as the content API will show it once public (for preview).</summary>
    public async Task<PublicArticleResponse?> RenderPreviewAsync(Guid id, CancellationToken ct) =>
        (await RenderAsync("a.id = @id and a.deleted_at is null", null, id, ct))?.Article;

    /// <summary>The current slug of the public article that once had this slug, for a 301.</summary>
    public async Task<string?> FindRedirectAsync(string slug, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            $"""
            select a.slug from article_slugs s join articles a on a.id = s.article_id
            where s.slug = @slug and a.slug <> @slug and {PublicCondition("a")}
            """,
            new { slug },
            cancellationToken: ct));
    }

    /// <summary>
    /// Renders the article the condition selects: category, authors, tags and each read-also target
    /// come back in the same round trip; targets that are not public are left out.
    /// </summary>
    private async Task<(PublicArticleResponse Article, IReadOnlyList<Guid> References)?> RenderAsync(
        string articleCondition, string? slug, Guid? id, CancellationToken ct)
    {
        var article = $"select a.id from articles a where {articleCondition}";
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            select {Columns} from articles a where {articleCondition};
            select au.id, au.slug, au.name from article_authors x join authors au on au.id = x.author_id
                where x.article_id = ({article}) order by x.position;
            select t.slug, t.name from article_tags x join tags t on t.id = x.tag_id
                where x.article_id = ({article}) order by x.position;
            select c.id, c.slug, c.name from categories c where c.id = (select a.category_id from articles a where {articleCondition});
            select t.id, t.slug, t.title, t.cover::text as cover
                from articles a cross join lateral jsonb_array_elements(a.body) b join articles t on t.id = (b ->> 'articleId')::uuid
                where {articleCondition} and b ->> 'type' = 'readAlso' and {PublicCondition("t")};
            """,
            new { slug, id },
            cancellationToken: ct));

        var row = await results.ReadSingleOrDefaultAsync<ArticleRow>();
        var authors = (await results.ReadAsync<AuthorRef>()).AsList();
        var tags = (await results.ReadAsync<TagRef>()).AsList();
        var category = await results.ReadSingleOrDefaultAsync<CategoryRef>();
        var targets = (await results.ReadAsync<(Guid Id, string Slug, string Title, string? Cover)>())
            .DistinctBy(t => t.Id)
            .ToDictionary(t => t.Id, t => new ArticleLink(t.Id, t.Slug, t.Title, ArticleJson.ReadCover(t.Cover)));
        if (row is null)
        {
            return null;
        }

        var references = ArticleJson.ReadBody(row.Body).Where(b => b.ArticleId is not null).Select(b => b.ArticleId!.Value).Distinct().ToList();
        return (ArticleRendering.Render(row, category, authors, tags, targets), references);
    }

    private static WriteResult<ArticleRow>? MayNotEdit(ArticleRow current, Caller caller) =>
        caller.Role >= Role.Editor || (current.CreatedBy == caller.KeyId && current.ArticleStatus == ArticleStatus.Draft)
            ? null
            : WriteResult<ArticleRow>.Forbidden("Writers may change only their own drafts.");

    private static async Task<ArticleRow?> GetAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            $"select {Columns} from articles a where a.id = @id and a.deleted_at is null", new { id }, transaction, cancellationToken: ct));

    // Locks the article row and reads it, with its links, in one statement.
    private static Task<ArticleRow?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            $"select {Columns} from articles a where a.id = @id and a.deleted_at is null for update of a", new { id }, transaction, cancellationToken: ct));

    private static Task<Guid?> SlugOwnerAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string slug, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            "select article_id from article_slugs where slug = @slug", new { slug }, transaction, cancellationToken: ct));

    private static async Task<string> GenerateSlugAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string title, CancellationToken ct)
    {
        var baseSlug = ArticleSlugs.FromTitle(title);
        // Slugs hold only a-z, 0-9 and '-', so the pattern needs no escaping.
        var taken = await connection.QueryAsync<string>(new CommandDefinition(
            "select slug from article_slugs where slug = @baseSlug or slug like @pattern",
            new { baseSlug, pattern = baseSlug + "-%" },
            transaction,
            cancellationToken: ct));
        return ArticleSlugs.Unique(baseSlug, taken.ToHashSet());
    }

    private sealed record References(WriteResult<ArticleRow>? Failure, Guid[] TagIds);

    /// <summary>Checks everything the request points at and resolves tag slugs, creating new tags for editors.</summary>
    private static async Task<References> CheckReferencesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, ArticleRequest request, Caller caller, DateTime now, CancellationToken ct)
    {
        static References Invalid(string field, string message) => new(WriteResult<ArticleRow>.Invalid(field, message), []);

        if (request.CategoryId is { } categoryId && !await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "select exists (select 1 from categories where id = @categoryId)", new { categoryId }, transaction, cancellationToken: ct)))
        {
            return Invalid("categoryId", "No category has this id.");
        }

        var authorIds = (request.AuthorIds ?? []).ToArray();
        var knownAuthors = (await connection.QueryAsync<Guid>(new CommandDefinition(
            "select id from authors where id = any(@authorIds)", new { authorIds }, transaction, cancellationToken: ct))).ToHashSet();
        for (var i = 0; i < authorIds.Length; i++)
        {
            if (!knownAuthors.Contains(authorIds[i]))
            {
                return Invalid($"authorIds[{i}]", "No author has this id.");
            }
        }

        var body = request.Body ?? [];
        var relatedIds = (request.RelatedIds ?? []).ToArray();
        var referenced = body.Where(b => b.Type == BlockTypes.ReadAlso && b.ArticleId is not null).Select(b => b.ArticleId!.Value)
            .Concat(relatedIds).Distinct().ToArray();
        var live = (await connection.QueryAsync<Guid>(new CommandDefinition(
            "select id from articles where id = any(@referenced) and deleted_at is null", new { referenced }, transaction, cancellationToken: ct))).ToHashSet();
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i].Type == BlockTypes.ReadAlso && body[i].ArticleId is { } target && (target == id || !live.Contains(target)))
            {
                return Invalid($"body[{i}].articleId", target == id ? "An article cannot point at itself." : "No live article has this id.");
            }
        }

        for (var i = 0; i < relatedIds.Length; i++)
        {
            if (relatedIds[i] == id || !live.Contains(relatedIds[i]))
            {
                return Invalid($"relatedIds[{i}]", relatedIds[i] == id ? "An article cannot be related to itself." : "No live article has this id.");
            }
        }

        var slugs = (request.Tags ?? []).ToArray();
        var missing = slugs.Except(await connection.QueryAsync<string>(new CommandDefinition(
            "select slug from tags where slug = any(@slugs)", new { slugs }, transaction, cancellationToken: ct))).ToArray();
        if (missing.Length > 0)
        {
            if (caller.Role < Role.Editor)
            {
                var index = Array.IndexOf(slugs, missing[0]);
                return Invalid($"tags[{index}]", $"No tag '{missing[0]}' exists; only editors and admins create tags while saving an article.");
            }

            await connection.ExecuteAsync(new CommandDefinition(
                """
                insert into tags (id, slug, name, created_at, updated_at)
                select new.id, new.slug, new.name, @now, @now
                from unnest(@ids, @missing, @names) as new (id, slug, name)
                on conflict (slug) do nothing
                """,
                new { ids = missing.Select(_ => Guid.CreateVersion7()).ToArray(), missing, names = missing.Select(TagNames.FromSlug).ToArray(), now },
                transaction,
                cancellationToken: ct));
        }

        var tagIds = (await connection.QueryAsync<(Guid Id, string Slug)>(new CommandDefinition(
            "select id, slug from tags where slug = any(@slugs)", new { slugs }, transaction, cancellationToken: ct)))
            .ToDictionary(t => t.Slug, t => t.Id);
        return new References(null, slugs.Select(s => tagIds[s]).ToArray());
    }

    private static async Task ReplaceLinksAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, ArticleRequest request, Guid[] tagIds, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(
            """
            delete from article_authors where article_id = @id;
            delete from article_tags where article_id = @id;
            delete from article_related where article_id = @id;
            insert into article_authors (article_id, author_id, position)
                select @id, x.id, x.ord from unnest(@authorIds) with ordinality as x (id, ord);
            insert into article_tags (article_id, tag_id, position)
                select @id, x.id, x.ord from unnest(@tagIds) with ordinality as x (id, ord);
            insert into article_related (article_id, related_id, position)
                select @id, x.id, x.ord from unnest(@relatedIds) with ordinality as x (id, ord);
            """,
            new { id, authorIds = (request.AuthorIds ?? []).ToArray(), tagIds, relatedIds = (request.RelatedIds ?? []).ToArray() },
            transaction,
            cancellationToken: ct));
}
