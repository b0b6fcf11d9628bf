using System.Net;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.Platform;

/// <summary>A host whose database is down: a port nothing listens on.</summary>
public sealed class UnreachableDatabaseFactory : CmsApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Cms"] = "Host=127.0.0.1;Port=1;Username=postgres;Database=cms;Timeout=2",
        ["Cms:Database:MigrateOnStartup"] = "false",
        ["Cms:Auth:BootstrapAdminKey"] = "",
    };

    public override Task InitializeAsync() => Task.CompletedTask;
}

public sealed class DatabaseUnreachableTests(UnreachableDatabaseFactory api) : IClassFixture<UnreachableDatabaseFactory>
{
    [Fact]
    public async Task Ready_answers_503_unavailable_while_live_still_answers_200()
    {
        var client = api.Anonymous();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        var problem = await ready.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "unavailable");
        Assert.Contains("database", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await live.ShouldBeOkAsync();
    }

    [Fact]
    public async Task A_content_request_answers_503_unavailable_not_500()
    {
        var response = await api.Anonymous().GetAsync("/api/v1/categories");

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "unavailable");
    }
}
