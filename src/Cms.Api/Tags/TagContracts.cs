using Cms.Api.Infrastructure.Http;

namespace Cms.Api.Tags;

/// <summary>Create a tag, or replace one whole with PUT.</summary>
internal sealed record TagRequest(string Slug, string Name);

/// <summary>A tag as the management API shows it.</summary>
internal sealed record TagResponse(Guid Id, string Slug, string Name, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>A tag as the content API shows it, alone or on an article.</summary>
internal sealed record TagRef(string Slug, string Name);

internal sealed record TagRow(Guid Id, string Slug, string Name, long Version, DateTime CreatedAt, DateTime UpdatedAt) : IVersioned
{
    public TagResponse ToResponse() => new(Id, Slug, Name, CreatedAt, UpdatedAt);

    public TagRef ToRef() => new(Slug, Name);
}
