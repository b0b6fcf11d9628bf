using System.Reflection;
using Dapper;
using DbUp;
using Npgsql;

namespace Cms.Api.Infrastructure.Database;

/// <summary>
/// Applies the embedded, numbered <c>Migrations/*.sql</c> scripts with DbUp, one transaction per
/// script, while holding a PostgreSQL advisory lock so instances starting together migrate once.
/// </summary>
internal sealed class DatabaseMigrator(NpgsqlDataSource dataSource, IConfiguration configuration, ILogger<DatabaseMigrator> logger)
{
    // Any constant shared by every instance of the service; it spells "cms-migr".
    private const long AdvisoryLockKey = 0x636d732d6d696772;

    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var lockConnection = await dataSource.OpenConnectionAsync(ct);
        await lockConnection.ExecuteAsync(new CommandDefinition("select pg_advisory_lock(@key)", new { key = AdvisoryLockKey }, cancellationToken: ct));
        try
        {
            var upgrader = DeployChanges.To
                .PostgresqlDatabase(DatabaseSetup.ConnectionString(configuration))
                .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), name => name.EndsWith(".sql", StringComparison.Ordinal))
                .WithTransactionPerScript()
                .LogToNowhere()
                .Build();

            var result = upgrader.PerformUpgrade();
            if (!result.Successful)
            {
                throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);
            }

            if (logger.IsEnabled(LogLevel.Information))
            {
                foreach (var script in result.Scripts)
                {
                    logger.LogInformation("Applied migration {Script}", script.Name);
                }
            }
        }
        finally
        {
            await lockConnection.ExecuteAsync(new CommandDefinition("select pg_advisory_unlock(@key)", new { key = AdvisoryLockKey }, cancellationToken: CancellationToken.None));
        }
    }
}
