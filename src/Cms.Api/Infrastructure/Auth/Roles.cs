using System.Security.Claims;

namespace Cms.Api.Infrastructure.Auth;

/// <summary>API key roles, each allowed everything the lower ones are.</summary>
internal enum Role
{
    Writer = 1,
    Editor = 2,
    Admin = 3,
}

internal static class Roles
{
    public static string Name(this Role role) => role switch
    {
        Role.Writer => "writer",
        Role.Editor => "editor",
        Role.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static Role Parse(string name) => name switch
    {
        "writer" => Role.Writer,
        "editor" => Role.Editor,
        "admin" => Role.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown role."),
    };

    /// <summary>The role of the key behind a request (the highest role claim it carries).</summary>
    public static Role RoleOf(this ClaimsPrincipal user) =>
        user.IsInRole("admin") ? Role.Admin : user.IsInRole("editor") ? Role.Editor : Role.Writer;

    public static Guid KeyId(this ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);

    public static string KeyName(this ClaimsPrincipal user) => user.Identity?.Name ?? "";
}

/// <summary>Authorization policies, one per minimum role.</summary>
internal static class Policies
{
    public const string Writer = "writer";
    public const string Editor = "editor";
    public const string Admin = "admin";
}
