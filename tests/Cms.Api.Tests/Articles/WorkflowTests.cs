using System.Net;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Articles;

public sealed class WorkflowTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    public static TheoryData<string, string, string> AllowedTransitions => new()
    {
        { "draft", "publish", "published" },
        { "draft", "publish-later", "scheduled" },
        { "scheduled", "unpublish", "draft" },
        { "published", "unpublish", "draft" },
        { "published", "archive", "archived" },
        { "archived", "publish", "published" },
    };

    public static TheoryData<string, string> RefusedTransitions => new()
    {
        { "draft", "unpublish" },
        { "draft", "archive" },
        { "scheduled", "publish" },
        { "scheduled", "archive" },
        { "published", "publish" },
        { "archived", "unpublish" },
        { "archived", "archive" },
        { "archived", "publish-later" },
    };

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public async Task An_allowed_transition_answers_200_with_the_new_status_and_etag(string from, string action, string to)
    {
        var article = await ArticleInAsync(from);

        var response = await DoAsync(article, action);

        var moved = await response.ToHandleAsync();
        Assert.Equal(to, moved.Data.GetProperty("status").GetString());
        Assert.NotEqual(article.ETag, moved.ETag);
        Assert.Equal(moved.ETag, (await api.Admin().ReadAsync(article.Id)).ETag);
    }

    [Theory]
    [MemberData(nameof(RefusedTransitions))]
    public async Task Any_other_transition_answers_409_invalid_transition_and_changes_nothing(string from, string action)
    {
        var article = await ArticleInAsync(from);

        var response = await DoAsync(article, action);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid_transition");
        var current = await api.Admin().ReadAsync(article.Id);
        Assert.Equal(article.ETag, current.ETag);
        Assert.Equal(from, current.Data.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_scheduled_article_is_invisible_before_its_time_and_public_after_the_clock_passes_it_and_the_scheduler_runs()
    {
        var admin = api.Admin();
        var publishAt = api.Clock.GetUtcNow().AddMinutes(30);
        var article = await admin.PublishAsync(await admin.CreateArticleAsync("Terbit nanti"), publishAt);

        var before = await api.Anonymous().GetAsync($"/api/v1/articles/{article.Slug}");
        Assert.DoesNotContain(article.Id.ToString(), await api.RunSchedulerAsync());
        api.Clock.Advance(TimeSpan.FromMinutes(31));
        var published = await api.RunSchedulerAsync();
        var after = await api.Anonymous().GetAsync($"/api/v1/articles/{article.Slug}");

        await before.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Contains(article.Id.ToString(), published);
        var data = (await after.ShouldBeOkAsync()).GetProperty("data");
        Assert.Equal(publishAt.UtcDateTime, data.GetProperty("publishedAt").GetDateTime());
        var stored = await admin.ReadAsync(article.Id);
        Assert.Equal("published", stored.Data.GetProperty("status").GetString());
        Assert.Equal(publishAt.UtcDateTime, stored.Data.GetProperty("publishedAt").GetDateTime());
    }

    [Fact]
    public async Task PublishedAt_is_set_at_first_publication_and_never_moved_by_edits_or_republication()
    {
        var admin = api.Admin();
        var first = await admin.PublishedArticleAsync(new { title = "Sekali terbit" });
        var publishedAt = first.Data.GetProperty("publishedAt").GetDateTime();

        api.Clock.Advance(TimeSpan.FromHours(1));
        var edited = await admin.PutAsync(first, new { title = "Sekali terbit, disunting" });
        api.Clock.Advance(TimeSpan.FromHours(1));
        var unpublished = await (await admin.TransitionAsync(edited, "unpublish")).ToHandleAsync();
        api.Clock.Advance(TimeSpan.FromHours(1));
        var republished = await admin.PublishAsync(unpublished);

        Assert.Equal(publishedAt, edited.Data.GetProperty("publishedAt").GetDateTime());
        Assert.Equal(publishedAt, republished.Data.GetProperty("publishedAt").GetDateTime());
        Assert.True(republished.Data.GetProperty("updatedAt").GetDateTime() > edited.Data.GetProperty("updatedAt").GetDateTime());
    }

    [Fact]
    public async Task Transitions_on_an_unknown_article_answer_404()
    {
        var response = await api.Admin().SendWithIfMatchAsync(HttpMethod.Post, $"{Newsroom.Articles}/{Guid.CreateVersion7()}/publish", "\"1\"");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    private Task<HttpResponseMessage> DoAsync(ArticleHandle article, string action) => action == "publish-later"
        ? api.Admin().TransitionAsync(article, "publish", new { publishAt = api.Clock.GetUtcNow().AddDays(1) })
        : api.Admin().TransitionAsync(article, action);

    private async Task<ArticleHandle> ArticleInAsync(string status)
    {
        var admin = api.Admin();
        var draft = await admin.CreateArticleAsync();
        return status switch
        {
            "draft" => draft,
            "scheduled" => await admin.PublishAsync(draft, api.Clock.GetUtcNow().AddDays(1)),
            "published" => await admin.PublishAsync(draft),
            "archived" => await (await admin.TransitionAsync(await admin.PublishAsync(draft), "archive")).ToHandleAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
    }
}
