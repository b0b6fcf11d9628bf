using Cms.Api.Infrastructure.Errors;
using Cms.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Api.Views;

internal static class ViewEndpoints
{
    public static ApiGroups MapViews(this ApiGroups api)
    {
        api.Content.MapPost("/articles/{id:guid}/views", Count).WithTags("Articles").WithName("CountArticleView")
            .WithSummary("Page-view beacon: fire it on every page view (navigator.sendBeacon works: empty or text/plain body, no custom headers)")
            .Produces(StatusCodes.Status202Accepted).ProducesProblem(404);
        return api;
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> Count(
        Guid id, HttpRequest request, PublicArticleIds publicIds, ViewCounter views, CancellationToken ct)
    {
        if (!await publicIds.ContainsAsync(id, ct))
        {
            return Problems.NotFound("No published article has this id.");
        }

        // Crawlers are answered like browsers, so they learn nothing, but they are not counted.
        if (!IsBot(request.Headers.UserAgent.ToString()))
        {
            views.Count(id);
        }

        return TypedResults.Accepted((string?)null);
    }

    public static bool IsBot(string userAgent) =>
        string.IsNullOrWhiteSpace(userAgent)
        || userAgent.Contains("bot", StringComparison.OrdinalIgnoreCase)
        || userAgent.Contains("crawler", StringComparison.OrdinalIgnoreCase)
        || userAgent.Contains("spider", StringComparison.OrdinalIgnoreCase);
}
