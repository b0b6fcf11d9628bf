using Cms.Api.ApiKeys;
using Cms.Api.Infrastructure.Database;
using Microsoft.Extensions.Options;

namespace Cms.Api.Infrastructure;

/// <summary>Runs before the server accepts requests: migrations (unless switched off), then the bootstrap admin key.</summary>
internal sealed class StartupTasks(
    DatabaseMigrator migrator,
    ApiKeyRepository keys,
    IOptions<DatabaseOptions> database,
    IOptions<AuthOptions> auth,
    ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Value.MigrateOnStartup)
        {
            await migrator.MigrateAsync(cancellationToken);
        }

        if (auth.Value.BootstrapAdminKey is { Length: > 0 } secret)
        {
            if (secret.Length < ApiKeySecrets.MinimumLength)
            {
                throw new InvalidOperationException($"Cms:Auth:BootstrapAdminKey must be at least {ApiKeySecrets.MinimumLength} characters.");
            }

            await keys.EnsureBootstrapKeyAsync(secret, cancellationToken);
            logger.LogInformation("Bootstrap admin key is active");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
