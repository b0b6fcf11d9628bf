using Cms.Api.Articles;
using Cms.Api.Infrastructure.Caching;
using Cms.Api.Infrastructure.Http;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Search;

/// <summary>
/// Free-text search over published articles: <c>q</c> in web-search syntax ("exact phrase",
/// or, -exclude), Indonesian stemming, best matches first; numbered pages.
/// </summary>
internal sealed record SearchQuery(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "limit")] int? Limit) : IPaged;

internal sealed class SearchQueryValidator : AbstractValidator<SearchQuery>
{
    public SearchQueryValidator()
    {
        Include(new PagingRules<SearchQuery>());
        RuleFor(q => q.Q).NotEmpty().MaximumLength(200);
    }
}

internal static class SearchEndpoints
{
    public static ApiGroups MapSearch(this ApiGroups api)
    {
        api.Content.MapGet("/search", Search).WithTags("Search").WithName("SearchArticles")
            .WithSummary("Search published articles (Indonesian stemming; \"phrases\", or, -exclusions), best matches first, in numbered pages")
            .CacheFor(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(300));
        return api;
    }

    private static async Task<Ok<ListResponse<ArticleSummary, PageMeta>>> Search(
        [AsParameters] SearchQuery query, ArticleFeedRepository feed, HttpContext http, CancellationToken ct)
    {
        var (rows, total) = await feed.SearchAsync(query.Q!, query.Size(), query.Offset(), ct);
        http.AddSurrogateKeys(rows.Select(a => $"article:{a.Id}").Append("lists"));
        return TypedResults.Ok(query.ToPage(rows, total, http));
    }
}
