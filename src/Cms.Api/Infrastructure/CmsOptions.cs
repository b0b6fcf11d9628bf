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
}
