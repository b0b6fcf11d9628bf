using Cms.Api.Articles;

namespace Cms.Api.Sections;

/// <summary>The first articles of a rail, whatever its kind, as of the service's now.</summary>
internal sealed class SectionRails(ArticleFeedRepository feed, TimeProvider clock)
{
    public async Task<IReadOnlyList<ArticleSummary>> FirstAsync(SectionRow section, int limit, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return section.SectionKind switch
        {
            SectionKind.Popular => await feed.PopularAsync(section.CategoryId, now.AddHours(-section.WindowHours), limit, ct),
            SectionKind.Curated => await feed.CuratedAsync(section.Key, section.CategoryId, now, limit, ct),
            _ => await feed.AfterAsync(new ArticleFeedQuery(null, null, limit, section.CategorySlug, null, null, null, null, null), null, limit, ct),
        };
    }
}
