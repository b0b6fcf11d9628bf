using System.Net;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Platform;

public sealed class CorsFactory : CmsApiFactory
{
    public const string FrontEnd = "https://www.suara.example";

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Cms:Http:CorsOrigins:0"] = FrontEnd };
}

public sealed class CorsAndCompressionTests(CorsFactory api) : IClassFixture<CorsFactory>
{
    [Fact]
    public async Task A_configured_front_end_origin_may_read_responses_and_their_etag_link_and_location_headers()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/categories");
        request.Headers.Add("Origin", CorsFactory.FrontEnd);

        var response = await api.Anonymous().SendAsync(request);

        Assert.Equal(CorsFactory.FrontEnd, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = string.Join(',', response.Headers.GetValues("Access-Control-Expose-Headers"));
        Assert.Contains("ETag", exposed, StringComparison.Ordinal);
        Assert.Contains("Link", exposed, StringComparison.Ordinal);
        Assert.Contains("Location", exposed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preflight_for_a_conditional_management_write_is_allowed()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/admin/articles/01900000-0000-7000-8000-000000000000");
        request.Headers.Add("Origin", CorsFactory.FrontEnd);
        request.Headers.Add("Access-Control-Request-Method", "PUT");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,if-match");

        var response = await api.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("PUT", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Contains("if-match", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Another_origin_gets_no_cors_headers()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/categories");
        request.Headers.Add("Origin", "https://evil.example");

        var response = await api.Anonymous().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Responses_are_compressed_when_the_client_accepts_it(string encoding)
    {
        await api.Admin().PublishedArticleAsync(new { title = "Berita untuk dikompresi", lead = new string('x', 2000) });
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/articles");
        request.Headers.Add("Accept-Encoding", encoding);

        var response = await api.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
    }
}
