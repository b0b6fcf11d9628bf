using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Cms.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Cms.Api.Infrastructure;

/// <summary>Settings under <c>Cms:RateLimit</c>.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "Cms:RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests one client (an API key, else an IP address) may make per window.</summary>
    public int PermitsPerWindow { get; set; } = 1200;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// ASP.NET Core's rate limiter with a fixed window per client: management requests count per API
/// key (its hash, never the key), content requests per remote address (so inventing keys does
/// not escape the limit on the public API). Refusals are 429
/// <c>rate_limited</c> problems with Retry-After. Health checks are never limited.
/// </summary>
internal static class RateLimiting
{
    public static IServiceCollection AddCmsRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, settings) =>
        {
            var limit = settings.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                !limit.Enabled || http.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter(ClientOf(http), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limit.PermitsPerWindow,
                        Window = limit.Window,
                        QueueLimit = 0,
                    }));
            limiter.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limit.Window;
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too Many Requests",
                        Detail = $"More than {limit.PermitsPerWindow} requests in {limit.Window.TotalSeconds:0} seconds; retry after the Retry-After header's seconds.",
                        Extensions = { ["code"] = ErrorCodes.RateLimited },
                    },
                });
            };
        });
        return services;
    }

    private static string ClientOf(HttpContext http)
    {
        string? authorization = http.Request.Headers.Authorization;
        if (!string.IsNullOrEmpty(authorization) && http.Request.Path.StartsWithSegments("/api/v1/admin"))
        {
            return "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(authorization)), 0, 12);
        }

        return "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
