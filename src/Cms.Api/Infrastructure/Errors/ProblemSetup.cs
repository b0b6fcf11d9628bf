using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Cms.Api.Infrastructure.Errors;

/// <summary>
/// Every 4xx/5xx leaves as RFC 9457 problem+json with a machine <c>code</c> and a <c>traceId</c>:
/// results, status-code pages (unknown routes, wrong methods) and exceptions all pass through here.
/// </summary>
internal static class ProblemSetup
{
    public static IServiceCollection AddCmsProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var http = context.HttpContext;
            var status = problem.Status ?? http.Response.StatusCode;
            problem.Status = status;
            var code = problem is HttpValidationProblemDetails ? ErrorCodes.ValidationFailed : ErrorCodes.ForStatus(status);
            problem.Extensions.TryAdd("code", code);
            problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
            problem.Detail ??= DefaultDetail(status, http.Request);
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }

    public static WebApplication UseCmsProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    private static string DefaultDetail(int status, HttpRequest request) => status switch
    {
        404 => $"Nothing was found at {request.Method} {request.Path}.",
        405 => $"{request.Method} is not allowed on {request.Path}.",
        401 => "A valid API key is required: send 'Authorization: Bearer <key>'.",
        403 => "Your API key's role does not allow this action.",
        _ => ReasonPhrases.GetReasonPhrase(status),
    };
}

/// <summary>Turns exceptions into problem responses: bad requests say what is wrong, anything else is a bare 500.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => RequestProblems.From(bad),
            Npgsql.PostgresException pg when DatabaseProblems.TryFrom(pg) is { } conflict => conflict,
            Npgsql.NpgsqlException { IsTransient: true } => DatabaseProblems.Unavailable(),
            _ => null,
        };

        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested)
            {
                // The client went away; there is nobody to answer.
                return true;
            }

            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Internal Server Error",
                Detail = "An unexpected error occurred; it has been logged with the traceId below.",
            };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }
}
