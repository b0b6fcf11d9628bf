using Cms.Api.Infrastructure.Http;

namespace Cms.Api.Authors;

/// <summary>Create an author, or replace one whole with PUT.</summary>
internal sealed record AuthorRequest(string Slug, string Name, string? Bio, string? AvatarUrl);

/// <summary>An author as the management API shows it.</summary>
internal sealed record AuthorResponse(Guid Id, string Slug, string Name, string? Bio, string? AvatarUrl, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>An author as the content API shows it.</summary>
internal sealed record PublicAuthorResponse(Guid Id, string Slug, string Name, string? Bio, string? AvatarUrl);

/// <summary>Enough of an author to credit and link them.</summary>
internal sealed record AuthorRef(Guid Id, string Slug, string Name);

internal sealed record AuthorRow(Guid Id, string Slug, string Name, string? Bio, string? AvatarUrl, long Version, DateTime CreatedAt, DateTime UpdatedAt) : IVersioned
{
    public AuthorResponse ToResponse() => new(Id, Slug, Name, Bio, AvatarUrl, CreatedAt, UpdatedAt);

    public PublicAuthorResponse ToPublic() => new(Id, Slug, Name, Bio, AvatarUrl);
}
