using System.Text.Json.Serialization;
using Cms.Api.Articles;
using Cms.Api.Infrastructure.Caching;
using Cms.Api.Infrastructure.Errors;
using Cms.Api.Infrastructure.Http;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Sync;

/// <summary>
/// "What changed since I last looked", for apps that keep articles offline: every article that
/// became public or changed while public, and a tombstone for every article that stopped being
/// public (unpublished, archived or deleted), oldest change first. <c>since</c> is the cursor
/// the previous answer gave; none starts from the beginning.
/// </summary>
internal sealed record ChangesQuery(
    [FromQuery(Name = "since")] string? Since,
    [FromQuery(Name = "limit")] int? Limit);

internal sealed class ChangesQueryValidator : AbstractValidator<ChangesQuery>
{
    public ChangesQueryValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, 100);
}

/// <summary>One change: <c>changed</c> with the article as lists show it, or <c>removed</c> with its id.</summary>
internal sealed record Change(
    string Type,
    Guid Id,
    DateTime ChangedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ArticleSummary? Article = null);

/// <summary><c>nextCursor</c> is always there: keep it to ask again later; <c>hasMore</c> says whether to ask at once.</summary>
internal sealed record ChangesMeta(int Limit, string NextCursor, bool HasMore);

internal static class ChangeFeed
{
    private const string FilterKey = "changes";

    /// <summary>
    /// Changes younger than this are held back one poll: a write still committing with an earlier
    /// timestamp must not be skipped by a reader who already passed that time.
    /// </summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(5);

    public static ApiGroups MapChanges(this ApiGroups api)
    {
        api.Content.MapGet("/changes", Changes).WithTags("Sync").WithName("ListChanges")
            .WithSummary("Articles changed or removed since a cursor, oldest first, for offline apps")
            // What is settled moves with the clock, not with writes: not kept in the service's cache.
            .CacheFor(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), inService: false);
        return api;
    }

    private static async Task<Results<Ok<ListResponse<Change, ChangesMeta>>, ProblemHttpResult>> Changes(
        [AsParameters] ChangesQuery query, ChangeRepository changes, Cursors cursors, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var since = new Position(DateTime.UnixEpoch, Guid.Empty);
        if (query.Since is not null)
        {
            var (position, refusal) = cursors.Open(query.Since, FilterKey);
            if (position is not { } opened)
            {
                return Problems.Validation("since", refusal!);
            }

            since = opened;
        }

        var limit = query.Limit ?? Paging.DefaultLimit;
        var upTo = clock.GetUtcNow().UtcDateTime - SettleTime;
        var rows = await changes.ChangesAsync(since, upTo, limit + 1, ct);
        var page = rows.Take(limit).ToList();
        var last = page.Count > 0 ? new Position(page[^1].ChangedAt, page[^1].Id) : since;
        var nextCursor = cursors.Create(last, FilterKey);
        http.AddSurrogateKeys(["lists"]);
        var next = rows.Count > limit ? Paging.NextLink(http, "since", nextCursor) : null;
        return TypedResults.Ok(new ListResponse<Change, ChangesMeta>(page, new ChangesMeta(limit, nextCursor, rows.Count > limit), Paging.SelfAnd(http, next)));
    }
}
