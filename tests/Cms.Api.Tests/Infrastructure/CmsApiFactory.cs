using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cms.Api.Tests.Infrastructure;

/// <summary>
/// A host of the real service for one test class, on its own database cloned from the migrated
/// template, with a clock the tests move. Dropped with the class.
/// </summary>
public class CmsApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminKey = "cms-test-admin-key-0123456789abcdef";

    private readonly Dictionary<string, string> _keys = [];

    public string ConnectionString { get; private set; } = "";

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    /// <summary>Settings layered over the defaults; subclasses change them for special hosts.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Cms"] = ConnectionString,
        ["Cms:Database:MigrateOnStartup"] = "false",
        ["Cms:Auth:BootstrapAdminKey"] = AdminKey,
        ["Cms:Signing:Key"] = "test-signing-key-0123456789abcdef0123456789",
        // Tests run the scheduler's tick themselves, after moving the clock.
        ["Cms:Scheduler:Enabled"] = "false",
        ["Cms:Webhooks:Enabled"] = "false",
    };

    public virtual async Task InitializeAsync() => ConnectionString = await TestDatabase.CreateAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (ConnectionString.Length > 0)
        {
            await TestDatabase.DropAsync(ConnectionString);
        }
    }

    /// <summary>A client that sends the admin key.</summary>
    public HttpClient Admin() => ClientWithKey(AdminKey);

    /// <summary>A client without any key: the public content API's view.</summary>
    public HttpClient Anonymous() => CreateClient();

    public HttpClient ClientWithKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>A client whose key has the given role: writer, editor or admin (made once per class through the API).</summary>
    public async Task<HttpClient> As(string role)
    {
        if (role == "admin")
        {
            return Admin();
        }

        if (!_keys.TryGetValue(role, out var key))
        {
            key = await CreateKeyAsync(role);
            _keys[role] = key;
        }

        return ClientWithKey(key);
    }

    public async Task<string> CreateKeyAsync(string role, string? name = null)
    {
        var response = await Admin().PostAsJsonAsync("/api/v1/admin/api-keys", new { name = name ?? $"test-{role}", role });
        response.EnsureSuccessStatusCode();
        var body = await response.ReadJsonAsync();
        return body.GetProperty("data").GetProperty("key").GetString()!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        TestHost.Configure(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
