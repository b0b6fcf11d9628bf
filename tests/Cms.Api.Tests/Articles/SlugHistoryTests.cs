using System.Net;
using System.Net.Http.Json;
using Cms.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cms.Api.Tests.Articles;

public sealed class SlugHistoryTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task Old_slugs_of_a_public_article_answer_301_to_the_current_one_even_through_a_chain()
    {
        var admin = api.Admin();
        var first = Newsroom.UniqueSlug("slug-pertama");
        var second = Newsroom.UniqueSlug("slug-kedua");
        var third = Newsroom.UniqueSlug("slug-ketiga");
        var article = await admin.PublishedArticleAsync(new { title = "Berganti slug", slug = first });
        article = await admin.PutAsync(article, new { title = "Berganti slug", slug = second });
        await admin.PutAsync(article, new { title = "Berganti slug", slug = third });
        var reader = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var old in new[] { first, second })
        {
            var response = await reader.GetAsync($"/api/v1/articles/{old}");
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal($"/api/v1/articles/{third}", response.Headers.Location?.ToString());
        }

        await (await reader.GetAsync($"/api/v1/articles/{third}")).ShouldBeOkAsync();
    }

    [Fact]
    public async Task A_redirecting_slug_cannot_be_taken_by_another_article()
    {
        var admin = api.Admin();
        var old = Newsroom.UniqueSlug("slug-lama");
        var article = await admin.PublishedArticleAsync(new { title = "Pemilik slug", slug = old });
        await admin.PutAsync(article, new { title = "Pemilik slug", slug = Newsroom.UniqueSlug("slug-baru") });
        var other = await admin.CreateArticleAsync("Perebut");

        var create = await admin.PostAsJsonAsync(Newsroom.Articles, new { title = "Perebut", slug = old });
        var update = await admin.SendWithIfMatchAsync(HttpMethod.Put, other.AdminUrl, other.ETag, new { title = "Perebut", slug = old });

        await create.ShouldBeProblemAsync(HttpStatusCode.Conflict, "conflict");
        await update.ShouldBeProblemAsync(HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task An_article_may_take_back_its_own_old_slug()
    {
        var admin = api.Admin();
        var old = Newsroom.UniqueSlug("kembali");
        var article = await admin.PublishedArticleAsync(new { title = "Bolak-balik", slug = old });
        article = await admin.PutAsync(article, new { title = "Bolak-balik", slug = Newsroom.UniqueSlug("sementara") });

        var back = await admin.PutAsync(article, new { title = "Bolak-balik", slug = old });

        Assert.Equal(old, back.Slug);
        await (await api.Anonymous().GetAsync($"/api/v1/articles/{old}")).ShouldBeOkAsync();
    }

    [Fact]
    public async Task The_slug_of_a_never_published_draft_is_freed_when_it_changes()
    {
        var admin = api.Admin();
        var old = Newsroom.UniqueSlug("draf-lama");
        var draft = await admin.CreateArticleAsync(new { title = "Draf", slug = old });
        await admin.PutAsync(draft, new { title = "Draf", slug = Newsroom.UniqueSlug("draf-baru") });

        var other = await admin.CreateArticleAsync(new { title = "Boleh pakai", slug = old });

        Assert.Equal(old, other.Slug);
    }
}
