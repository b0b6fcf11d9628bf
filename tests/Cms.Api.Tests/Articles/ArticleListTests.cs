using System.Net.Http.Json;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Articles;

public sealed class ArticleListTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task The_management_list_filters_by_status_category_with_descendants_author_tag_and_text_newest_first()
    {
        var admin = api.Admin();
        var parent = Newsroom.UniqueSlug("news");
        var parentId = await admin.CreateCategoryAsync(parent);
        var child = await admin.PostAsJsonAsync("/api/v1/admin/categories", new { slug = Newsroom.UniqueSlug("nasional"), name = "Nasional", parentId });
        var childId = (await child.ShouldBeOkAsync(System.Net.HttpStatusCode.Created)).GetProperty("data").GetProperty("id").GetString();
        var authorId = await admin.CreateAuthorAsync();
        var author = (await (await admin.GetAsync($"/api/v1/admin/authors/{authorId}")).ShouldBeOkAsync()).GetProperty("data").GetProperty("slug").GetString();
        var tag = Newsroom.UniqueSlug("pemilu");
        var marker = Guid.NewGuid().ToString("N")[..10];

        var older = await admin.CreateArticleAsync(new { title = $"Debat {marker} pertama", categoryId = childId, authorIds = new[] { authorId }, tags = new[] { tag } });
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await admin.PublishedArticleAsync(new { title = $"Debat {marker} kedua", categoryId = parentId });
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        await admin.CreateArticleAsync(new { title = "Tidak terkait sama sekali" });

        Assert.Equal([newer.Id, older.Id], await IdsAsync($"q={marker}"));
        Assert.Equal([newer.Id, older.Id], await IdsAsync($"category={parent}"));
        Assert.Equal([older.Id], await IdsAsync($"category={parent}&status=draft"));
        Assert.Equal([newer.Id], await IdsAsync($"q={marker}&status=published"));
        Assert.Equal([older.Id], await IdsAsync($"author={author}"));
        Assert.Equal([older.Id], await IdsAsync($"tag={tag}"));
        Assert.Empty(await IdsAsync($"q={marker}&status=archived"));
        Assert.Empty(await IdsAsync("q=100%25_persen"));
    }

    [Theory]
    [InlineData("status=deleted", "status")]
    [InlineData("category=Bukan%20Slug", "category")]
    [InlineData("q=", "q")]
    [InlineData("limit=0", "limit")]
    public async Task Bad_filters_answer_400(string query, string field)
    {
        var response = await api.Admin().GetAsync($"{Newsroom.Articles}?{query}");

        await response.ShouldBeInvalidAsync(field);
    }

    private async Task<List<Guid>> IdsAsync(string query) =>
        (await (await api.Admin().GetAsync($"{Newsroom.Articles}?{query}&limit=100")).ShouldBeOkAsync())
            .GetProperty("data").EnumerateArray().Select(a => Guid.Parse(a.GetProperty("id").GetString()!)).ToList();
}
