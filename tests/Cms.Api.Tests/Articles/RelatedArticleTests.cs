using System.Net;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Articles;

public sealed class RelatedArticleTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task Editor_choices_come_first_then_shared_tags_then_same_category_then_recency_public_only_without_duplicates()
    {
        var admin = api.Admin();
        var categoryId = await admin.CreateCategoryAsync();
        var (korea, rusia, ukraina) = (Newsroom.UniqueSlug("korea"), Newsroom.UniqueSlug("rusia"), Newsroom.UniqueSlug("ukraina"));

        var twoTags = await Publish(new { title = "Dua tag sama", tags = new[] { korea, rusia } });
        var oneTagOld = await Publish(new { title = "Satu tag, lama", tags = new[] { ukraina } });
        var sameCategory = await Publish(new { title = "Kategori sama", categoryId });
        var oneTagNew = await Publish(new { title = "Satu tag, baru", tags = new[] { korea } });
        var chosenSecond = await Publish(new { title = "Pilihan kedua", tags = new[] { korea, rusia, ukraina } });
        var chosenFirst = await Publish(new { title = "Pilihan pertama" });
        var hidden = await Publish(new { title = "Pilihan yang ditarik", tags = new[] { korea, rusia, ukraina } });
        var source = await Publish(new
        {
            title = "Artikel sumber",
            categoryId,
            tags = new[] { korea, rusia, ukraina },
            relatedIds = new[] { chosenFirst.Id, hidden.Id, chosenSecond.Id },
        });
        await admin.TransitionAsync(await admin.ReadAsync(hidden.Id), "unpublish");

        var related = await RelatedAsync(source.Slug, 6);

        Assert.Equal([chosenFirst.Id, chosenSecond.Id, twoTags.Id, oneTagNew.Id, oneTagOld.Id, sameCategory.Id], related);
    }

    [Fact]
    public async Task Short_lists_are_filled_with_recent_articles_and_the_default_limit_is_5()
    {
        for (var i = 0; i < 6; i++)
        {
            await Publish(new { title = $"Pengisi {i}" });
        }

        var lonely = await Publish(new { title = "Tanpa tag dan kategori" });

        var related = await RelatedAsync(lonely.Slug, null);

        Assert.Equal(5, related.Count);
        Assert.DoesNotContain(lonely.Id, related);
        Assert.Equal(related.Count, related.Distinct().Count());
    }

    [Fact]
    public async Task An_unknown_or_unpublished_slug_answers_404_and_limits_outside_1_to_20_answer_400()
    {
        var draft = await api.Admin().CreateArticleAsync("Masih draf");
        var published = await Publish(new { title = "Terbit" });

        await (await api.Anonymous().GetAsync($"/api/v1/articles/{draft.Slug}/related")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await api.Anonymous().GetAsync("/api/v1/articles/tidak-ada/related")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await api.Anonymous().GetAsync($"/api/v1/articles/{published.Slug}/related?limit=21")).ShouldBeInvalidAsync("limit");
        await (await api.Anonymous().GetAsync($"/api/v1/articles/{published.Slug}/related?limit=0")).ShouldBeInvalidAsync("limit");
    }

    private async Task<ArticleHandle> Publish(object body)
    {
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        return await api.Admin().PublishedArticleAsync(body);
    }

    private async Task<List<Guid>> RelatedAsync(string slug, int? limit) =>
        (await (await api.Anonymous().GetAsync($"/api/v1/articles/{slug}/related{(limit is null ? "" : $"?limit={limit}")}")).ShouldBeOkAsync())
            .GetProperty("data").EnumerateArray().Select(a => Guid.Parse(a.GetProperty("id").GetString()!)).ToList();
}
