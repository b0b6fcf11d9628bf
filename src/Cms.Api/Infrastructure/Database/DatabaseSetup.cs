using Dapper;
using Npgsql;

namespace Cms.Api.Infrastructure.Database;

internal static class DatabaseSetup
{
    public const string ConnectionStringName = "Cms";

    public static IServiceCollection AddCmsDatabase(this IServiceCollection services)
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        // Read when first resolved, so configuration layered on after start-up code (tests) is honoured.
        services.AddSingleton(provider =>
        {
            var builder = new NpgsqlDataSourceBuilder(ConnectionString(provider.GetRequiredService<IConfiguration>()));
            // The same few statements run all day; planning them once per connection instead of per
            // request is most of a read's cost. A connection string that sets these wins.
            if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
            {
                builder.ConnectionStringBuilder.MaxAutoPrepare = 100;
                builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
            }

            return builder.UseLoggerFactory(provider.GetRequiredService<ILoggerFactory>()).Build();
        });
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }

    public static string ConnectionString(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                "No database configured: set ConnectionStrings__Cms, or start the CMS with ./cms start, which brings up its own PostgreSQL.")
            : connectionString;
    }
}
