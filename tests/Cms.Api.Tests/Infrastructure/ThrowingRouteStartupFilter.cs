using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Cms.Api.Tests.Infrastructure;

/// <summary>Adds, behind the service's own pipeline, a path that throws: the way to see what a bug looks like to a client.</summary>
internal sealed class ThrowingRouteStartupFilter : IStartupFilter
{
    public const string Path = "/test-only/throws";
    public const string Secret = "connection-password-hunter2";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((context, nextMiddleware) => context.Request.Path == Path
            ? throw new InvalidOperationException($"Something internal failed: {Secret}")
            : nextMiddleware(context));
    };
}
