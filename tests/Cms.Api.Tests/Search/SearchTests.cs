using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Search;

public sealed class SearchTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task Search_stems_indonesian_words_ranks_title_matches_first_and_shows_published_articles_only()
    {
        var marker = "zelwyn" + Guid.NewGuid().ToString("N")[..6];
        var admin = api.Admin();
        var inBody = await admin.PublishedArticleAsync(new
        {
            title = $"Laporan {marker} dari Kyiv",
            body = new[] { new { type = "paragraph", html = "Upaya <b>pemberantasan</b> korupsi terus berjalan." } },
        });
        var inTitle = await admin.PublishedArticleAsync(new { title = $"KPK Berantas Korupsi di Daerah {marker}" });
        await admin.CreateArticleAsync(new { title = $"Draf berantas korupsi {marker}" });

        var results = await IdsAsync($"berantas {marker}");

        Assert.Equal([inTitle.Id, inBody.Id], results);
    }

    [Fact]
    public async Task Quoted_phrases_and_exclusions_work_and_pages_carry_totals()
    {
        var marker = "qorvath" + Guid.NewGuid().ToString("N")[..6];
        var admin = api.Admin();
        var gempa = await admin.PublishedArticleAsync(new { title = $"Gempa Guncang Rusia {marker}" });
        var banjir = await admin.PublishedArticleAsync(new { title = $"Banjir Rob di Jakarta {marker}" });

        var both = await IdsAsync(marker);
        var phrase = await IdsAsync($"\"guncang rusia\" {marker}");
        var excluded = await IdsAsync($"{marker} -banjir");
        var page = await (await api.Anonymous().GetAsync($"/api/v1/search?q={marker}&limit=1&page=2")).ShouldBeOkAsync();

        Assert.Equal(new[] { gempa.Id, banjir.Id }.Order(), both.Order());
        Assert.Equal([gempa.Id], phrase);
        Assert.Equal([gempa.Id], excluded);
        Assert.Equal(2, page.GetProperty("meta").GetProperty("total").GetInt32());
        Assert.Single(page.GetProperty("data").EnumerateArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("page=1")]
    [InlineData("q=a&page=0")]
    public async Task A_missing_query_or_bad_page_answers_400(string query)
    {
        var response = await api.Anonymous().GetAsync($"/api/v1/search?{query}");

        await response.ShouldBeProblemAsync(System.Net.HttpStatusCode.BadRequest, "validation_failed");
    }

    private async Task<List<Guid>> IdsAsync(string q) =>
        (await (await api.Anonymous().GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}")).ShouldBeOkAsync())
            .GetProperty("data").EnumerateArray().Select(a => Guid.Parse(a.GetProperty("id").GetString()!)).ToList();
}
