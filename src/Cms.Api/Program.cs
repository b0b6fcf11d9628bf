using Cms.Api.Infrastructure;
using Cms.Api.Infrastructure.Database;

var builder = WebApplication.CreateBuilder(args);
builder.AddCms();

var app = builder.Build();

if (args is ["migrate", ..])
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    return;
}

app.UseCms();
await app.RunAsync();

/// <summary>The host's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
