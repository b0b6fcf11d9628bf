using System.Net;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Articles;

public sealed class ArticleConcurrencyTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    public static TheoryData<string, string> WriteRoutes => new()
    {
        { "PUT", "" },
        { "PATCH", "" },
        { "DELETE", "" },
        { "POST", "/publish" },
        { "POST", "/unpublish" },
        { "POST", "/archive" },
        { "POST", "/revisions/1/restore" },
    };

    [Theory]
    [MemberData(nameof(WriteRoutes))]
    public async Task A_write_without_if_match_answers_428_and_changes_nothing(string method, string suffix)
    {
        var article = await api.Admin().CreateArticleAsync();
        var before = await api.ArticleTablesSnapshotAsync();

        var response = await api.Admin().SendWithIfMatchAsync(new HttpMethod(method), article.AdminUrl + suffix, null, Body(method));

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "precondition_required");
        Assert.Equal(before, await api.ArticleTablesSnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(WriteRoutes))]
    public async Task A_write_with_a_stale_etag_answers_412_and_changes_nothing(string method, string suffix)
    {
        var admin = api.Admin();
        var stale = await admin.CreateArticleAsync();
        await admin.PutAsync(stale, new { title = "Sudah berubah" });
        var before = await api.ArticleTablesSnapshotAsync();

        var response = await admin.SendWithIfMatchAsync(new HttpMethod(method), stale.AdminUrl + suffix, stale.ETag, Body(method));

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        Assert.Equal(before, await api.ArticleTablesSnapshotAsync());
    }

    [Fact]
    public async Task Each_successful_write_returns_a_new_etag_that_a_read_repeats()
    {
        var admin = api.Admin();
        var article = await admin.CreateArticleAsync();

        var edited = await admin.PutAsync(article, new { title = "Versi dua" });

        Assert.NotEqual(article.ETag, edited.ETag);
        Assert.Equal(edited.ETag, (await admin.ReadAsync(article.Id)).ETag);
    }

    private static object? Body(string method) => method is "PUT" or "PATCH" ? new { title = "Perubahan" } : null;
}
