namespace Cms.Api.Infrastructure;

/// <summary>Settings under <c>Cms:Database</c>.</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Cms:Database";

    /// <summary>Apply pending migrations when the host starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

/// <summary>Settings under <c>Cms:Auth</c>.</summary>
internal sealed class AuthOptions
{
    public const string Section = "Cms:Auth";

    /// <summary>When set, an admin API key with exactly this secret exists after start-up.</summary>
    public string? BootstrapAdminKey { get; set; }
}

/// <summary>Settings under <c>Cms:Http</c>.</summary>
internal sealed class HttpOptions
{
    public const string Section = "Cms:Http";

    /// <summary>Largest request body accepted; larger ones answer 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Origins whose browser scripts may call the API (CORS); none by default.</summary>
    public string[] CorsOrigins { get; set; } = [];
}

/// <summary>Settings under <c>Cms:Signing</c>.</summary>
internal sealed class SigningOptions
{
    public const string Section = "Cms:Signing";

    /// <summary>
    /// Secret (32+ characters) that signs preview links and paging cursors. Every instance must
    /// share it; when unset, a random one is made at start-up and links die with the process.
    /// </summary>
    public string? Key { get; set; }
}

/// <summary>Settings under <c>Cms:Preview</c>.</summary>
internal sealed class PreviewOptions
{
    public const string Section = "Cms:Preview";

    /// <summary>How long a preview link works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Settings under <c>Cms:Scheduler</c>.</summary>
internal sealed class SchedulerOptions
{
    public const string Section = "Cms:Scheduler";

    /// <summary>How often due scheduled articles are published.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Run the scheduler in this instance (any number may; one works at a time).</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>Settings under <c>Cms:Site</c>: the public site the front end serves, for feeds and sitemaps.</summary>
internal sealed class SiteOptions
{
    public const string Section = "Cms:Site";

    /// <summary>The publication's name, as feeds and Google News show it.</summary>
    public string Name { get; set; } = "Cms News";

    /// <summary>The site's home page.</summary>
    public string BaseUrl { get; set; } = "https://www.example.com";

    /// <summary>Where the front end shows an article; {slug}, {id} and {category} are filled in.</summary>
    public string ArticleUrlTemplate { get; set; } = "https://www.example.com/{category}/read/{slug}";

    /// <summary>The content's language (ISO 639), for feeds and Google News.</summary>
    public string Language { get; set; } = "id";
}
