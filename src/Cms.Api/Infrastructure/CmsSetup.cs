using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Api.ApiKeys;
using Cms.Api.Articles;
using Cms.Api.Authors;
using Cms.Api.Categories;
using Cms.Api.Feeds;
using Cms.Api.Infrastructure.Auth;
using Cms.Api.Infrastructure.Caching;
using Cms.Api.Infrastructure.Database;
using Cms.Api.Infrastructure.Errors;
using Cms.Api.Infrastructure.Health;
using Cms.Api.Infrastructure.Http;
using Cms.Api.Infrastructure.OpenApi;
using Cms.Api.Infrastructure.Signing;
using Cms.Api.Infrastructure.Validation;
using Cms.Api.SampleContent;
using Cms.Api.Search;
using Cms.Api.Sections;
using Cms.Api.Sync;
using Cms.Api.Tags;
using Cms.Api.Views;
using Cms.Api.Webhooks;
using FluentValidation;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Cms.Api.Infrastructure;

/// <summary>Wires the service together: <see cref="AddCms"/> registers, <see cref="UseCms"/> builds the pipeline and routes.</summary>
internal static class CmsSetup
{
    public static WebApplicationBuilder AddCms(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section));
        services.AddOptions<HttpOptions>().Bind(configuration.GetSection(HttpOptions.Section));
        services.AddOptions<SigningOptions>().Bind(configuration.GetSection(SigningOptions.Section));
        services.AddOptions<PreviewOptions>().Bind(configuration.GetSection(PreviewOptions.Section));
        services.AddOptions<SchedulerOptions>().Bind(configuration.GetSection(SchedulerOptions.Section));
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.Section));
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section));
        services.AddCmsRateLimiting();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<HttpOptions>>(
            (kestrel, http) => kestrel.Limits.MaxRequestBodySize = http.Value.MaxRequestBodyBytes);

        services.AddSingleton(TimeProvider.System);
        services.AddCmsDatabase();
        services.AddHostedService<StartupTasks>();
        services.AddCmsProblemDetails();
        services.AddCmsAuth();
        services.AddCmsHealthChecks();
        services.AddCmsOpenApi();

        services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));
        // Swashbuckle describes schemas with the MVC options; keep them identical to what the endpoints use.
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => ConfigureJson(options.JsonSerializerOptions));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, includeInternalTypes: true);

        // Front-end teams call from their own origins; ETag, Link and Location must be readable there.
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<HttpOptions>>((cors, http) => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(http.Value.CorsOrigins)
            .WithMethods("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
            .WithHeaders("Authorization", "Content-Type", "If-Match", "If-None-Match")
            .WithExposedHeaders("ETag", "Link", "Location")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

        // The service's own cache of content responses; entries are tagged, writes evict by tag.
        services.AddOutputCache(options => options.SizeLimit = 256 * 1024 * 1024);
        services.AddSingleton<ContentCache>();
        services.AddHostedService<ContentCacheListener>();

        // Mobile apps on poor connections: Brotli or gzip whenever the client accepts it.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.RequestQuery
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });

        // Features: repositories (Dapper over the one data source) and their background work.
        services.AddSingleton<ApiKeyRepository>();
        services.AddSingleton<CategoryRepository>();
        services.AddSingleton<AuthorRepository>();
        services.AddSingleton<TagRepository>();
        services.AddSingleton<ParagraphSanitizer>();
        services.AddSingleton<ArticleRepository>();
        services.AddSingleton<ArticleFeedRepository>();
        services.AddSingleton<Signer>();
        services.AddSingleton<Cursors>();
        services.AddSingleton<PreviewLinks>();
        services.AddSingleton<ArticleScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<ArticleScheduler>());
        services.AddSingleton<SectionRepository>();
        services.AddSingleton<SectionRails>();
        services.AddSingleton<PublicArticleIds>();
        services.AddOptions<ViewOptions>().Bind(configuration.GetSection(ViewOptions.Section));
        services.AddSingleton<ViewCounter>();
        services.AddHostedService(provider => provider.GetRequiredService<ViewCounter>());
        services.AddSingleton<ChangeRepository>();
        services.AddSingleton<WebhookRepository>();
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section));
        services.AddHttpClient(WebhookDispatcher.ClientName).ConfigureHttpClient((provider, client) =>
            client.Timeout = provider.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout);
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookDispatcher>());
        services.AddSingleton<SampleContentLoader>();
        return builder;
    }

    private static void ConfigureJson(JsonSerializerOptions json)
    {
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        // A field the API does not know is a client mistake worth a 400, not something to drop silently.
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    }

    public static WebApplication UseCms(this WebApplication app)
    {
        app.UseHttpLogging();
        app.UseCmsProblemDetails();
        app.UseRateLimiter();
        // Outside compression and CORS, so a cached copy is the finished response for its encoding and
        // origin, ETag included: hits are served (and answer If-None-Match with 304) without re-hashing.
        app.UseOutputCache();
        // Outside compression: a strong ETag belongs to the bytes actually sent, so each encoding has its own.
        app.UseContentCaching();
        app.UseResponseCompression();
        app.UseCors();
        app.UseCmsOpenApi();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapCmsHealth();

        var content = app.MapGroup("/api/v1").WithRequestValidation().ProducesProblem(StatusCodes.Status500InternalServerError);
        var admin = app.MapGroup("/api/v1/admin").WithRequestValidation().ProducesProblem(StatusCodes.Status500InternalServerError)
            .RequireAuthorization(Policies.Writer)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        new ApiGroups(content, admin)
            .MapApiKeys()
            .MapCategories()
            .MapAuthors()
            .MapTags()
            .MapArticles()
            .MapViews()
            .MapSearch()
            .MapChanges()
            .MapFeeds()
            .MapWebhooks()
            .MapSections();
        return app;
    }
}
