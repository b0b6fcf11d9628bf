using System.Net;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Platform;

public sealed class TightRateLimitFactory : CmsApiFactory
{
    public const int Permits = 3;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Cms:RateLimit:PermitsPerWindow"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Cms:RateLimit:Window"] = "00:10:00",
    };
}

public sealed class RateLimitTests(TightRateLimitFactory api) : IClassFixture<TightRateLimitFactory>
{
    [Fact]
    public async Task A_client_over_its_limit_gets_429_rate_limited_with_retry_after_while_others_and_health_checks_go_on()
    {
        var reader = api.Anonymous();
        for (var i = 0; i < TightRateLimitFactory.Permits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/categories")).StatusCode);
        }

        var refused = await reader.GetAsync("/api/v1/categories");
        var health = await reader.GetAsync("/health/live");
        var admin = await api.Admin().GetAsync("/api/v1/admin/categories");

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("requests", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }
}
