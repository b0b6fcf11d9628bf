using Cms.Api.Infrastructure.Http;
using Cms.Api.Infrastructure.Auth;

namespace Cms.Api.ApiKeys;

/// <summary>Create an API key: a name to recognise it by and its role.</summary>
internal sealed record CreateApiKeyRequest(string Name, Role? Role);

/// <summary>An API key as listed; the secret is never shown again after creation.</summary>
internal sealed record ApiKeyResponse(Guid Id, string Name, Role Role, string KeyPrefix, DateTime CreatedAt, DateTime? RevokedAt);

/// <summary>A newly created key, with its secret (shown once).</summary>
internal sealed record CreatedApiKeyResponse(Guid Id, string Name, Role Role, string Key, string KeyPrefix, DateTime CreatedAt);

internal sealed record ApiKeyRow(Guid Id, string Name, string Role, string KeyPrefix, long Version, DateTime CreatedAt, DateTime? RevokedAt) : IVersioned
{
    public ApiKeyResponse ToResponse() => new(Id, Name, Roles.Parse(Role), KeyPrefix, CreatedAt, RevokedAt);
}

/// <summary>The identity behind an authenticated request.</summary>
internal sealed record ApiKeyIdentity(Guid Id, string Name, Role Role);
