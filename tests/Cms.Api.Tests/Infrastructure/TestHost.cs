using Microsoft.AspNetCore.Hosting;

namespace Cms.Api.Tests.Infrastructure;

/// <summary>What every test host shares: the Testing environment and quiet, readable logs.</summary>
internal static class TestHost
{
    public static void Configure(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware", "Warning");
        builder.UseSetting("Logging:Console:FormatterName", "simple");
    }
}
