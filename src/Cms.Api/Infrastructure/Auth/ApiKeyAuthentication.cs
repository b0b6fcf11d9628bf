using System.Security.Claims;
using System.Text.Encodings.Web;
using Cms.Api.ApiKeys;
using Cms.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cms.Api.Infrastructure.Auth;

internal static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";

    public static IServiceCollection AddCmsAuth(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme).AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Writer, p => p.RequireRole(Policies.Writer))
            .AddPolicy(Policies.Editor, p => p.RequireRole(Policies.Editor))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Policies.Admin));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }
}

/// <summary>
/// Reads <c>Authorization: Bearer &lt;key&gt;</c> and looks the key up on every request, so a
/// revoked key is refused at once. A key carries a role claim for its role and each lower one.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyRepository keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The Authorization header must have the form 'Bearer <key>'.");
        }

        var key = await keys.FindActiveAsync(header[prefix.Length..].Trim(), Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is not valid or has been revoked.");
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, key.Id.ToString()), new(ClaimTypes.Name, key.Name) };
        claims.AddRange(Enum.GetValues<Role>().Where(r => r <= key.Role).Select(r => new Claim(ClaimTypes.Role, r.Name())));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}

/// <summary>Answers refused authorization with problem+json saying why (401) or which role is needed (403).</summary>
internal sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            // The handler caches its result per request, so this re-reads the failure rather than re-querying.
            var failure = (await context.AuthenticateAsync(ApiKeyAuthentication.Scheme)).Failure?.Message;
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteAsync(context, 401, "Unauthorized", ErrorCodes.Unauthorized,
                failure ?? "An API key is required: send 'Authorization: Bearer <key>'.");
            return;
        }

        if (authorizeResult.Forbidden)
        {
            var needed = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<RolesAuthorizationRequirement>()
                .SelectMany(r => r.AllowedRoles).FirstOrDefault();
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await WriteAsync(context, 403, "Forbidden", ErrorCodes.Forbidden,
                needed is null
                    ? "Your API key's role does not allow this action."
                    : $"This action needs the '{needed}' role; your key has the '{context.User.RoleOf().Name()}' role.");
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private async Task WriteAsync(HttpContext context, int status, string title, string code, string detail) =>
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } },
        });
}
