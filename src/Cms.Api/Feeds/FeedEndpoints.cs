using System.Globalization;
using System.Text;
using System.Xml;
using Cms.Api.Articles;
using Cms.Api.Infrastructure;
using Cms.Api.Infrastructure.Caching;
using Cms.Api.Infrastructure.Http;
using Cms.Api.Infrastructure.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cms.Api.Feeds;

/// <summary>Which articles a feed carries: the latest, optionally of one category (with its descendants).</summary>
internal sealed record FeedQuery([FromQuery(Name = "category")] string? Category);

internal sealed class FeedQueryValidator : AbstractValidator<FeedQuery>
{
    public FeedQueryValidator() => RuleFor(q => q.Category!).Slug().When(q => q.Category is not null);
}

/// <summary>RSS 2.0, JSON Feed 1.1 and a Google News sitemap, linking to the front end's article pages.</summary>
internal static class FeedEndpoints
{
    public const int FeedSize = 50;
    public const int NewsSitemapSize = 1000;

    public static ApiGroups MapFeeds(this ApiGroups api)
    {
        var feeds = api.Content.MapGroup("/feeds").WithTags("Feeds").CacheFor(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10));
        feeds.MapGet("/rss.xml", Rss).WithName("GetRssFeed").WithSummary($"RSS 2.0 of the latest {FeedSize} articles")
            .Produces<string>(StatusCodes.Status200OK, "application/rss+xml");
        feeds.MapGet("/feed.json", JsonFeed).WithName("GetJsonFeed").WithSummary($"JSON Feed 1.1 of the latest {FeedSize} articles")
            .Produces<string>(StatusCodes.Status200OK, "application/feed+json");
        feeds.MapGet("/news-sitemap.xml", NewsSitemap).WithName("GetNewsSitemap")
            .WithSummary("Google News sitemap: articles of the last two days")
            .Produces<string>(StatusCodes.Status200OK, "application/xml");
        return api;
    }

    private static async Task<ContentHttpResult> Rss(
        [AsParameters] FeedQuery query, ArticleFeedRepository feed, IOptions<SiteOptions> site, HttpContext http, CancellationToken ct)
    {
        var articles = await LatestAsync(feed, query, FeedSize, ct);
        var options = site.Value;
        var xml = Xml(writer =>
        {
            writer.WriteStartElement("rss");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteStartElement("channel");
            writer.WriteElementString("title", options.Name);
            writer.WriteElementString("link", options.BaseUrl);
            writer.WriteElementString("description", $"{options.Name}: berita terbaru");
            writer.WriteElementString("language", options.Language);
            foreach (var article in articles)
            {
                writer.WriteStartElement("item");
                writer.WriteElementString("title", article.Title);
                writer.WriteElementString("link", ArticleUrl(options, article));
                writer.WriteStartElement("guid");
                writer.WriteAttributeString("isPermaLink", "false");
                writer.WriteString(article.Id.ToString());
                writer.WriteEndElement();
                writer.WriteElementString("pubDate", article.PublishedAt.ToString("R", CultureInfo.InvariantCulture));
                if (article.Lead is { } lead)
                {
                    writer.WriteElementString("description", lead);
                }

                if (article.Category is { } category)
                {
                    writer.WriteElementString("category", category.Name);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        });
        http.AddSurrogateKeys(articles.Select(a => $"article:{a.Id}").Append("lists"));
        return TypedResults.Text(xml, "application/rss+xml; charset=utf-8", Encoding.UTF8);
    }

    private static async Task<JsonHttpResult<Dictionary<string, object?>>> JsonFeed(
        [AsParameters] FeedQuery query, ArticleFeedRepository feed, IOptions<SiteOptions> site, HttpContext http, CancellationToken ct)
    {
        var articles = await LatestAsync(feed, query, FeedSize, ct);
        var options = site.Value;
        var document = new Dictionary<string, object?>
        {
            ["version"] = "https://jsonfeed.org/version/1.1",
            ["title"] = options.Name,
            ["home_page_url"] = options.BaseUrl,
            ["feed_url"] = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.Path}{http.Request.QueryString}",
            ["language"] = options.Language,
            ["items"] = articles.Select(a => new Dictionary<string, object?>
            {
                ["id"] = a.Id.ToString(),
                ["url"] = ArticleUrl(options, a),
                ["title"] = a.Title,
                ["summary"] = a.Lead,
                ["image"] = a.Cover?.Url,
                ["date_published"] = a.PublishedAt,
                ["date_modified"] = a.UpdatedAt,
                ["authors"] = a.Authors.Select(au => new Dictionary<string, string> { ["name"] = au.Name }),
                ["tags"] = a.Tags.Select(t => t.Name),
            }),
        };
        http.AddSurrogateKeys(articles.Select(a => $"article:{a.Id}").Append("lists"));
        return TypedResults.Json(document, contentType: "application/feed+json; charset=utf-8");
    }

    private static async Task<ContentHttpResult> NewsSitemap(ArticleFeedRepository feed, IOptions<SiteOptions> site, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-2);
        var articles = (await LatestAsync(feed, new FeedQuery(null), NewsSitemapSize, ct)).Where(a => a.PublishedAt >= since).ToList();
        var options = site.Value;
        const string sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        const string news = "http://www.google.com/schemas/sitemap-news/0.9";
        var xml = Xml(writer =>
        {
            writer.WriteStartElement("urlset", sitemap);
            writer.WriteAttributeString("xmlns", "news", null, news);
            foreach (var article in articles)
            {
                writer.WriteStartElement("url", sitemap);
                writer.WriteElementString("loc", sitemap, ArticleUrl(options, article));
                writer.WriteStartElement("news", "news", news);
                writer.WriteStartElement("news", "publication", news);
                writer.WriteElementString("news", "name", news, options.Name);
                writer.WriteElementString("news", "language", news, options.Language);
                writer.WriteEndElement();
                writer.WriteElementString("news", "publication_date", news, article.PublishedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                writer.WriteElementString("news", "title", news, article.Title);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
        http.AddSurrogateKeys(articles.Select(a => $"article:{a.Id}").Append("lists"));
        return TypedResults.Text(xml, "application/xml; charset=utf-8", Encoding.UTF8);
    }

    private static Task<IReadOnlyList<ArticleSummary>> LatestAsync(ArticleFeedRepository feed, FeedQuery query, int count, CancellationToken ct) =>
        feed.AfterAsync(new ArticleFeedQuery(null, null, count, query.Category, null, null, null, null, null), null, count, ct);

    private static string ArticleUrl(SiteOptions site, ArticleSummary article) => site.ArticleUrlTemplate
        .Replace("{slug}", article.Slug, StringComparison.Ordinal)
        .Replace("{id}", article.Id.ToString(), StringComparison.Ordinal)
        .Replace("{category}", article.Category?.Slug ?? "berita", StringComparison.Ordinal);

    private static string Xml(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, Async = false }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
