namespace Cms.Api.Infrastructure.Http;

/// <summary>A single resource: <c>{"data": {...}}</c>.</summary>
internal sealed record DataResponse<T>(T Data);

/// <summary>A list: <c>{"data": [...], "meta": {...}, "links": {...}}</c>.</summary>
internal sealed record ListResponse<T, TMeta>(IReadOnlyList<T> Data, TMeta Meta, ListLinks Links);

/// <summary>Relative links of a list; <c>next</c> is null on the last page.</summary>
internal sealed record ListLinks(string Self, string? Next);

/// <summary>Meta of a numbered page.</summary>
internal sealed record PageMeta(int Page, int Limit, long Total);

/// <summary>Meta of a list that is returned whole.</summary>
internal sealed record CountMeta(long Total);
