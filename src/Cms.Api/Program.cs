using Cms.Api.Infrastructure;
using Cms.Api.Infrastructure.Database;
using Cms.Api.SampleContent;

var builder = WebApplication.CreateBuilder(args);
builder.AddCms();

var app = builder.Build();

// Commands: `migrate` applies migrations; `seed` applies them and loads the sample content.
if (args is ["migrate" or "seed", ..])
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    if (args[0] == "seed")
    {
        await app.Services.GetRequiredService<SampleContentLoader>().LoadAsync(CancellationToken.None);
    }

    return;
}

app.UseCms();
await app.RunAsync();

/// <summary>The host's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
