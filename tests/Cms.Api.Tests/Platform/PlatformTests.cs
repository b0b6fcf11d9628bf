using System.Net;
using Cms.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.Platform;

public sealed class PlatformTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    [Fact]
    public async Task An_unknown_route_answers_404_problem_json()
    {
        var response = await api.Anonymous().GetAsync("/api/v1/no-such-thing");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Contains("/api/v1/no-such-thing", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_method_answers_405_problem_json()
    {
        var response = await api.Anonymous().DeleteAsync("/api/v1/categories");

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }

    [Fact]
    public async Task A_wrong_method_on_health_answers_405_problem_json()
    {
        var response = await api.Anonymous().PostAsync("/health/ready", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }

    [Fact]
    public async Task Live_and_ready_answer_200_when_the_database_is_reachable()
    {
        var client = api.Anonymous();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal("healthy", (await live.ShouldBeOkAsync()).GetProperty("status").GetString());
        Assert.Equal("healthy", (await ready.ShouldBeOkAsync()).GetProperty("status").GetString());
        Assert.Equal("no-store", ready.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_malformed_id_in_a_path_answers_404()
    {
        var response = await api.Admin().GetAsync("/api/v1/admin/categories/not-a-uuid");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task An_unhandled_exception_answers_500_internal_without_internals()
    {
        using var failing = api.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ThrowingRouteStartupFilter>()));

        var response = await failing.CreateClient().GetAsync(ThrowingRouteStartupFilter.Path);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError, "internal");
        Assert.DoesNotContain(ThrowingRouteStartupFilter.Secret, problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", problem.ToString(), StringComparison.Ordinal);
    }
}
