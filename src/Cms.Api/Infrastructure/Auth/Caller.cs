using System.Security.Claims;

namespace Cms.Api.Infrastructure.Auth;

/// <summary>The API key behind a management request: who did a thing, and what they may do.</summary>
internal sealed record Caller(Guid KeyId, string KeyName, Role Role)
{
    public static Caller From(ClaimsPrincipal user) => new(user.KeyId(), user.KeyName(), user.RoleOf());
}
