using Cms.Api.Infrastructure.Database;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Cms.Api.Tests.Infrastructure;

/// <summary>
/// Databases on the test PostgreSQL server (CMS_TEST_POSTGRES, set by ./cms test): one template
/// migrated once per run, and a fresh clone of it for each test class.
/// </summary>
internal static class TestDatabase
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static string ServerConnectionString { get; } = Environment.GetEnvironmentVariable("CMS_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "CMS_TEST_POSTGRES is not set. Run the tests with ./cms test, which starts a PostgreSQL server for them.");

    /// <summary>A new database cloned from the migrated template; returns its connection string.</summary>
    public static async Task<string> CreateAsync()
    {
        var template = await Template.Value;
        var name = NewName("cms_test");
        await ExecuteOnServerAsync($"create database {name} template {template}");
        return ConnectionStringFor(name);
    }

    /// <summary>A new database with no schema at all.</summary>
    public static async Task<string> CreateEmptyAsync()
    {
        var name = NewName("cms_empty");
        await ExecuteOnServerAsync($"create database {name}");
        return ConnectionStringFor(name);
    }

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"drop database if exists {name} with (force)");
    }

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ConnectionString;

    private static async Task<string> CreateTemplateAsync()
    {
        var name = NewName("cms_template");
        await ExecuteOnServerAsync($"create database {name}");
        // No pooling: a pooled idle connection would keep the template busy and make every clone fail.
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionStringFor(name)) { Pooling = false }.ConnectionString;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Cms"] = connectionString })
            .Build();
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            await new DatabaseMigrator(dataSource, configuration, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAsync(connectionString).GetAwaiter().GetResult();
        return name;
    }

    private static string NewName(string prefix) => $"{prefix}_{Guid.NewGuid():N}";

    private static async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync(sql);
    }
}
