using System.Net;
using Cms.Api.Infrastructure.Database;
using Cms.Api.Tests.Infrastructure;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Cms.Api.Tests.Platform;

public sealed class MigrationTests : IAsyncLifetime
{
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await TestDatabase.CreateEmptyAsync();

    public Task DisposeAsync() => TestDatabase.DropAsync(_connectionString);

    [Fact]
    public async Task Two_hosts_starting_together_on_an_empty_database_both_come_up_and_migrate_it_once()
    {
        await using var first = HostMigratingOnStartup();
        await using var second = HostMigratingOnStartup();

        // Creating the clients starts both hosts at the same time; start-up runs the migrations.
        var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));

        foreach (var client in clients)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/categories")).StatusCode);
        }

        await using var connection = new NpgsqlConnection(_connectionString);
        var applied = (await connection.QueryAsync<(string Script, long Times)>(
            "select scriptname, count(*) from schemaversions group by scriptname")).ToList();
        var embedded = typeof(DatabaseMigrator).Assembly.GetManifestResourceNames().Count(n => n.EndsWith(".sql", StringComparison.Ordinal));
        Assert.Equal(embedded, applied.Count);
        Assert.All(applied, row => Assert.Equal(1, row.Times));
    }

    private WebApplicationFactory<Program> HostMigratingOnStartup() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Cms", _connectionString);
            builder.UseSetting("Cms:Database:MigrateOnStartup", "true");
            TestHost.Configure(builder);
        });
}
