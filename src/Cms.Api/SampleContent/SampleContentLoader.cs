using Cms.Api.Articles;
using Dapper;
using Npgsql;

namespace Cms.Api.SampleContent;

/// <summary>
/// Loads a realistic Indonesian news portal: a category tree, authors, tags, 300+ published
/// articles over the last 30 days with quotes, headings, images, read-also links and related
/// articles, a few drafts and scheduled ones, and the Suara.com seed article with its real date.
/// Runs in one transaction; when the seed article is already there it does nothing, so loading
/// twice changes nothing.
/// </summary>
internal sealed class SampleContentLoader(NpgsqlDataSource db, TimeProvider clock, ILogger<SampleContentLoader> logger)
{
    public const int PublishedPerDesk = 25;
    private const string Source = "Suara.com";
    private static readonly Guid SampleKeyId = Guid.Empty;
    private static readonly string[] SeedTags = ["korea-utara", "rusia", "ukraina", "donald-trump"];

    private sealed record Planned(
        Guid Id, string Slug, string Title, string Lead, string Category, string[] Authors, string[] Tags, Image Cover,
        IReadOnlyList<BlockRequest> Body, Guid[] RelatedIds, ArticleStatus Status, DateTime? PublishAt, DateTime? PublishedAt, DateTime CreatedAt);

    public async Task<int> LoadAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "select exists (select 1 from article_slugs where slug = @slug)", new { slug = SeedArticle.Slug }, transaction, cancellationToken: ct)))
        {
            logger.LogInformation("Sample content is already loaded; nothing to do");
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var categories = await UpsertCategoriesAsync(connection, transaction, now, ct);
        var authors = await UpsertBySlugAsync(connection, transaction, "authors",
            Catalog.Authors.Select(a => new { id = Guid.CreateVersion7(), slug = a.Slug, name = a.Name, bio = (string?)a.Bio, now }), ct);
        var tags = await UpsertBySlugAsync(connection, transaction, "tags",
            Catalog.Tags.Select(t => new { id = Guid.CreateVersion7(), slug = t.Slug, name = t.Name, bio = (string?)null, now }), ct);
        var taken = (await connection.QueryAsync<string>(new CommandDefinition("select slug from article_slugs", transaction: transaction, cancellationToken: ct))).ToHashSet();

        var articles = Plan(now, taken);
        foreach (var article in articles)
        {
            await InsertAsync(connection, transaction, article, categories[article.Category], article.Authors.Select(a => authors[a]).ToArray(),
                article.Tags.Select(t => tags[t]).ToArray(), ct);
        }

        await CurateAndReadAsync(connection, transaction, articles, now, ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Loaded sample content: {Count} articles", articles.Count);
        return articles.Count;
    }

    private static List<Planned> Plan(DateTime now, HashSet<string> taken)
    {
        var random = new Random(20241108);
        var plans = new List<Planned>();
        var titles = new HashSet<string>(StringComparer.Ordinal);

        // The seed article and its Berita Terkait, dated around 8 November 2024.
        var related = SeedArticle.RelatedTitles.Select((title, i) =>
        {
            var at = SeedArticle.PublishedAt.AddDays(-(i + 1)).AddHours(i);
            var plan = Article(title, "internasional", ["dini-afrianti-efendi"], SeedTags[..(2 + (i % 3))],
                Body(random, title, "Juru bicara kementerian luar negeri", []), [], ArticleStatus.Published, at, taken);
            titles.Add(title);
            return plan;
        }).ToList();
        plans.AddRange(related);
        plans.Add(new Planned(
            Guid.CreateVersion7(SeedArticle.PublishedAt), Claim(SeedArticle.Slug, taken), SeedArticle.Title, SeedArticle.Lead, "internasional",
            ["dini-afrianti-efendi"], ["korea-utara", "rusia", "ukraina"], Cover(SeedArticle.Slug),
            SeedArticle.Body(related[0].Id), related.Select(r => r.Id).ToArray(), ArticleStatus.Published, null, SeedArticle.PublishedAt, SeedArticle.PublishedAt));

        // 25 published articles per desk over the last 30 days, oldest first so links point backwards.
        var total = Catalog.Desks.Length * PublishedPerDesk;
        var byDesk = Catalog.Desks.ToDictionary(d => d.Category, _ => new List<Planned>());
        for (var i = 0; i < total; i++)
        {
            var desk = Catalog.Desks[i % Catalog.Desks.Length];
            var at = now.AddDays(-30).AddMinutes(i * (30.0 * 24 * 60 / total) + random.Next(0, 20)).AddMinutes(5);
            var title = Headline(random, desk, titles);
            var earlier = byDesk[desk.Category];
            var readAlso = earlier.Count > 0 ? [earlier[^1].Id] : Array.Empty<Guid>();
            var relatedIds = earlier.TakeLast(3).Select(a => a.Id).Reverse().Take(random.Next(0, 4)).ToArray();
            var plan = Article(title, desk.Category, [Catalog.Authors[i % Catalog.Authors.Length].Slug],
                desk.Tags.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray(), Body(random, title, desk.Spokesperson, readAlso),
                relatedIds, ArticleStatus.Published, at, taken);
            earlier.Add(plan);
            plans.Add(plan);
        }

        // Work in progress: drafts, and articles scheduled for later today and the coming days.
        for (var i = 0; i < 8; i++)
        {
            var desk = Catalog.Desks[(i * 5) % Catalog.Desks.Length];
            var title = Headline(random, desk, titles);
            var scheduled = i < 3;
            plans.Add(Article(title, desk.Category, [Catalog.Authors[i].Slug], desk.Tags[..1], Body(random, title, desk.Spokesperson, []), [],
                scheduled ? ArticleStatus.Scheduled : ArticleStatus.Draft, scheduled ? now.AddHours(2 + (i * 24)) : null, taken, createdAt: now.AddHours(-i)));
        }

        return plans;
    }

    private static Planned Article(
        string title, string category, string[] authors, string[] tags, IReadOnlyList<BlockRequest> body, Guid[] relatedIds,
        ArticleStatus status, DateTime? at, HashSet<string> taken, DateTime? createdAt = null)
    {
        var slug = Claim(ArticleSlugs.Unique(ArticleSlugs.FromTitle(title), taken), taken);
        var created = createdAt ?? at!.Value;
        var paragraph = body.First(b => b.Type == BlockTypes.Paragraph).Html!;
        var lead = paragraph[(paragraph.IndexOf(" - ", StringComparison.Ordinal) + 3)..];
        return new Planned(Guid.CreateVersion7(created), slug, title, lead, category, authors, tags, Cover(slug), body, relatedIds, status,
            status == ArticleStatus.Scheduled ? at : null, status == ArticleStatus.Published ? at : null, created);
    }

    private static string Claim(string slug, HashSet<string> taken)
    {
        taken.Add(slug);
        return slug;
    }

    private static string Headline(Random random, Catalog.Desk desk, HashSet<string> titles)
    {
        for (var attempt = 0; ; attempt++)
        {
            var action = desk.Actions[random.Next(desk.Actions.Length)];
            var title = $"{desk.Subjects[random.Next(desk.Subjects.Length)]} {(action.Length > 0 ? action + " " : "")}{desk.Topics[random.Next(desk.Topics.Length)]}";
            if (attempt > 20)
            {
                title += $" ({attempt})";
            }

            if (titles.Add(title))
            {
                return title;
            }
        }
    }

    private static List<BlockRequest> Body(Random random, string title, string spokesperson, Guid[] readAlso)
    {
        string Sentences(int count) => string.Join(' ', Catalog.Sentences.OrderBy(_ => random.Next()).Take(count));
        var body = new List<BlockRequest>
        {
            new(BlockTypes.Paragraph, Html: $"{Source} - {title}. {Sentences(1)}"),
            new(BlockTypes.Paragraph, Html: $"{Sentences(2)} Hal itu menjadi <b>sorotan</b> banyak pihak."),
            new(BlockTypes.Quote, Text: Catalog.Quotes[random.Next(Catalog.Quotes.Length)], Attribution: spokesperson),
        };
        if (readAlso.Length > 0)
        {
            body.Add(new BlockRequest(BlockTypes.ReadAlso, ArticleId: readAlso[0]));
        }

        body.Add(new BlockRequest(BlockTypes.Heading, Level: 2, Text: Catalog.Headings[random.Next(Catalog.Headings.Length)]));
        body.Add(new BlockRequest(BlockTypes.Paragraph, Html: Sentences(3)));
        if (random.Next(2) == 0)
        {
            body.Add(new BlockRequest(BlockTypes.Image, Url: $"https://img.cms.example/sample/{random.Next(1000, 9999)}.jpg",
                Caption: "Ilustrasi.", Credit: Source, Alt: title, Width: 1200, Height: 675));
        }

        return body;
    }

    /// <summary>Editor's picks for Pilihan (one pinned) and a day of page views for Terpopuler.</summary>
    private static async Task CurateAndReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<Planned> articles, DateTime now, CancellationToken ct)
    {
        var recent = articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt > now.AddDays(-3)).OrderByDescending(a => a.PublishedAt).ToList();
        var picks = recent.DistinctBy(a => a.Category).Take(6).ToList();
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into section_items (section_key, article_id, position, pinned_until, expires_at)
            select 'pilihan', x.id, x.ord, case when x.ord = 3 then @pinnedUntil end, @expiresAt
            from unnest(@ids) with ordinality as x (id, ord)
            on conflict do nothing;
            update sections set items_version = items_version + 1 where key = 'pilihan';
            """,
            new { ids = picks.Select(p => p.Id).ToArray(), pinnedUntil = now.AddDays(2), expiresAt = now.AddDays(7) },
            transaction,
            cancellationToken: ct));

        var random = new Random(2024);
        var hour = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);
        var views = recent.Take(40).SelectMany(a => Enumerable.Range(0, 6).Select(h => (a.Id, Hour: hour.AddHours(-h), Views: (long)random.Next(5, 400)))).ToList();
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into article_views (article_id, hour, views)
            select * from unnest(@ids, @hours, @counts)
            on conflict do nothing
            """,
            new { ids = views.Select(v => v.Id).ToArray(), hours = views.Select(v => v.Hour).ToArray(), counts = views.Select(v => v.Views).ToArray() },
            transaction,
            cancellationToken: ct));
    }

    private static Image Cover(string slug) => new($"https://img.cms.example/sample/{slug}.jpg", null, Source, null, 1200, 675);

    private static async Task<Dictionary<string, Guid>> UpsertCategoriesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DateTime now, CancellationToken ct)
    {
        foreach (var category in Catalog.Categories)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                insert into categories (id, slug, name, description, parent_id, position, created_at, updated_at)
                values (@id, @Slug, @Name, @Description, (select id from categories where slug = @Parent), @Position, @now, @now)
                on conflict (slug) do nothing
                """,
                new { id = Guid.CreateVersion7(), category.Slug, category.Name, category.Description, category.Parent, category.Position, now },
                transaction,
                cancellationToken: ct));
        }

        return (await connection.QueryAsync<(string Slug, Guid Id)>(new CommandDefinition(
            "select slug, id from categories", transaction: transaction, cancellationToken: ct))).ToDictionary(c => c.Slug, c => c.Id);
    }

    private static async Task<Dictionary<string, Guid>> UpsertBySlugAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string table, IEnumerable<object> rows, CancellationToken ct)
    {
        var bio = table == "authors" ? ", bio" : "";
        var bioValue = table == "authors" ? ", @bio" : "";
        await connection.ExecuteAsync(new CommandDefinition(
            $"insert into {table} (id, slug, name{bio}, created_at, updated_at) values (@id, @slug, @name{bioValue}, @now, @now) on conflict (slug) do nothing",
            rows, transaction, cancellationToken: ct));
        return (await connection.QueryAsync<(string Slug, Guid Id)>(new CommandDefinition(
            $"select slug, id from {table}", transaction: transaction, cancellationToken: ct))).ToDictionary(r => r.Slug, r => r.Id);
    }

    private static async Task InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Planned article, Guid categoryId, Guid[] authorIds, Guid[] tagIds, CancellationToken ct)
    {
        var request = new ArticleRequest(article.Title, article.Slug, article.Lead, Source, categoryId, authorIds, article.Tags, article.Cover,
            article.Body, article.RelatedIds, article.Title, article.Lead, null);
        var updatedAt = article.PublishedAt ?? article.CreatedAt;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into articles (id, slug, title, lead, source, category_id, cover, body, meta_title, meta_description,
                                  status, publish_at, published_at, created_by, created_by_name, created_at, updated_at)
            values (@Id, @Slug, @Title, @Lead, @source, @categoryId, @cover::jsonb, @body::jsonb, @Title, @Lead,
                    @status, @PublishAt, @PublishedAt, @keyId, 'sample-content', @CreatedAt, @updatedAt);
            insert into article_slugs (slug, article_id, created_at) values (@Slug, @Id, @CreatedAt);
            insert into article_authors (article_id, author_id, position) select @Id, x.id, x.ord from unnest(@authorIds) with ordinality as x (id, ord);
            insert into article_tags (article_id, tag_id, position) select @Id, x.id, x.ord from unnest(@tagIds) with ordinality as x (id, ord);
            insert into article_related (article_id, related_id, position) select @Id, x.id, x.ord from unnest(@RelatedIds) with ordinality as x (id, ord);
            insert into article_revisions (article_id, number, created_at, created_by, created_by_name, status, content)
                values (@Id, 1, @updatedAt, @keyId, 'sample-content', @status, @content::jsonb);
            """,
            new
            {
                article.Id, article.Slug, article.Title, article.Lead, source = Source, categoryId,
                cover = ArticleJson.WriteCover(article.Cover), body = ArticleJson.WriteBody(article.Body),
                status = article.Status.ToString().ToLowerInvariant(), article.PublishAt, article.PublishedAt, keyId = SampleKeyId,
                article.CreatedAt, updatedAt, authorIds, tagIds, article.RelatedIds, content = ArticleJson.WriteRequest(request),
            },
            transaction,
            cancellationToken: ct));
    }
}
