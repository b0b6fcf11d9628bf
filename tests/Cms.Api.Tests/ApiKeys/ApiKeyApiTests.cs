using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cms.Api.Tests.Infrastructure;

namespace Cms.Api.Tests.ApiKeys;

public sealed class ApiKeyApiTests(CmsApiFactory api) : IClassFixture<CmsApiFactory>
{
    private const string Keys = "/api/v1/admin/api-keys";

    [Fact]
    public async Task The_bootstrap_admin_key_from_configuration_works()
    {
        var response = await api.Admin().GetAsync(Keys);

        var body = await response.ShouldBeOkAsync();
        Assert.Contains(body.GetProperty("data").EnumerateArray(), k => k.GetProperty("name").GetString() == "bootstrap-admin"
            && k.GetProperty("role").GetString() == "admin");
    }

    [Fact]
    public async Task An_admin_creates_a_key_whose_secret_is_shown_once_and_works_at_once()
    {
        var response = await api.Admin().PostAsJsonAsync(Keys, new { name = "desk-writer-1", role = "writer" });

        var data = (await response.ShouldBeOkAsync(HttpStatusCode.Created)).GetProperty("data");
        var id = data.GetProperty("id").GetString();
        var secret = data.GetProperty("key").GetString()!;
        Assert.Equal("desk-writer-1", data.GetProperty("name").GetString());
        Assert.Equal("writer", data.GetProperty("role").GetString());
        Assert.StartsWith("cms_", secret, StringComparison.Ordinal);
        Assert.Equal($"{Keys}/{id}", response.Headers.Location?.ToString());

        var read = await (await api.Admin().GetAsync($"{Keys}/{id}")).ShouldBeOkAsync();
        var list = await (await api.Admin().GetAsync($"{Keys}?limit=100")).ShouldBeOkAsync();
        Assert.False(read.GetProperty("data").TryGetProperty("key", out _));
        Assert.All(list.GetProperty("data").EnumerateArray(), k => Assert.False(k.TryGetProperty("key", out _)));
        Assert.DoesNotContain(secret, list.ToString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await api.ClientWithKey(secret).GetAsync("/api/v1/admin/categories")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_on_its_very_next_request()
    {
        var created = await (await api.Admin().PostAsJsonAsync(Keys, new { name = "to-revoke", role = "editor" })).ShouldBeOkAsync(HttpStatusCode.Created);
        var id = created.GetProperty("data").GetProperty("id").GetString();
        var client = api.ClientWithKey(created.GetProperty("data").GetProperty("key").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin/categories")).StatusCode);
        var etag = (await api.Admin().GetAsync($"{Keys}/{id}")).ETag();

        var revoke = await api.Admin().SendWithIfMatchAsync(HttpMethod.Delete, $"{Keys}/{id}", etag);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        var refused = await client.GetAsync("/api/v1/admin/categories");
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Contains("revoked", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var listed = await (await api.Admin().GetAsync($"{Keys}/{id}")).ShouldBeOkAsync();
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, listed.GetProperty("data").GetProperty("revokedAt").ValueKind);
    }

    [Fact]
    public async Task Revoking_needs_if_match_and_refuses_a_stale_one()
    {
        var created = await (await api.Admin().PostAsJsonAsync(Keys, new { name = "guarded", role = "writer" })).ShouldBeOkAsync(HttpStatusCode.Created);
        var id = created.GetProperty("data").GetProperty("id").GetString();
        var client = api.ClientWithKey(created.GetProperty("data").GetProperty("key").GetString()!);

        var missing = await api.Admin().SendWithIfMatchAsync(HttpMethod.Delete, $"{Keys}/{id}", null);
        var stale = await api.Admin().SendWithIfMatchAsync(HttpMethod.Delete, $"{Keys}/{id}", "\"7\"");

        await missing.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired, "precondition_required");
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "precondition_failed");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin/categories")).StatusCode);
    }

    [Theory]
    [InlineData(null, "An API key is required")]
    [InlineData("Bearer cms_this-key-does-not-exist-anywhere", "not valid")]
    [InlineData("Bearer short", "not valid")]
    [InlineData("Basic dXNlcjpwYXNz", "Bearer <key>")]
    public async Task Missing_unknown_or_malformed_credentials_answer_401_saying_why(string? authorization, string reason)
    {
        var client = api.CreateClient();
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        var response = await client.GetAsync("/api/v1/admin/categories");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("writer")]
    [InlineData("editor")]
    public async Task Only_admins_manage_keys(string role)
    {
        var client = await api.As(role);

        var list = await client.GetAsync(Keys);
        var create = await client.PostAsJsonAsync(Keys, new { name = "sneaky", role = "admin" });

        var problem = await list.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Contains($"'{role}'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task The_content_api_needs_no_key()
    {
        var response = await api.Anonymous().GetAsync("/api/v1/categories");

        await response.ShouldBeOkAsync();
    }

    [Theory]
    [InlineData("""{"name": "x", "role": "superuser"}""", "role")]
    [InlineData("""{"name": "x", "role": 3}""", "role")]
    public async Task An_unknown_role_answers_400(string json, string field)
    {
        var response = await api.Admin().PostRawJsonAsync(Keys, json);

        await response.ShouldBeInvalidAsync(field, "bad_request");
    }

    [Fact]
    public async Task A_key_without_name_or_role_answers_400_for_each()
    {
        var response = await api.Admin().PostRawJsonAsync(Keys, """{"name": ""}""");

        await response.ShouldBeInvalidAsync("name");
        await response.ShouldBeInvalidAsync("role");
    }
}
