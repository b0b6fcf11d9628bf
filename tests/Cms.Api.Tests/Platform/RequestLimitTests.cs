using System.Net;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Platform;

/// <summary>A host on real Kestrel (body limits are the server's), with a small body limit.</summary>
public sealed class SmallBodyLimitFactory : CmsApiFactory
{
    public const int Limit = 4096;

    public SmallBodyLimitFactory() => UseKestrel(0);

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Cms:Http:MaxRequestBodyBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}

public sealed class RequestLimitTests(SmallBodyLimitFactory api) : IClassFixture<SmallBodyLimitFactory>
{
    [Fact]
    public async Task An_oversized_body_answers_413_problem_json_and_writes_nothing()
    {
        var before = await api.ArticleTablesSnapshotAsync();
        var paragraph = new string('x', SmallBodyLimitFactory.Limit);

        var response = await api.Admin().PostRawJsonAsync(Newsroom.Articles, $$"""{"title": "Panjang", "body": [{"type": "paragraph", "html": "{{paragraph}}"}]}""");

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        Assert.Equal(before, await api.ArticleTablesSnapshotAsync());
    }

    [Fact]
    public async Task A_body_within_the_limit_is_accepted()
    {
        var response = await api.Admin().PostRawJsonAsync(Newsroom.Articles, """{"title": "Pendek"}""");

        await response.ShouldBeOkAsync(HttpStatusCode.Created);
    }
}
