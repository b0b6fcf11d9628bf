using Cms.Api.Infrastructure.Database;
using Cms.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Api.Infrastructure.Http;

/// <summary>A row that carries its version, the ETag of the management API.</summary>
internal interface IVersioned
{
    long Version { get; }
}

/// <summary>
/// The management API's one way of answering reads and conditional writes: reads and writes send
/// the row's ETag; writes need If-Match (428 without, 412 when stale) and map every refusal of
/// the repository to its problem.
/// </summary>
internal static class Conditional
{
    public static Results<Ok<DataResponse<T>>, ProblemHttpResult> Found<TRow, T>(
        TRow? row, Func<TRow, T> toResponse, HttpContext http, string notFound) where TRow : class, IVersioned
    {
        if (row is null)
        {
            return Problems.NotFound(notFound);
        }

        ETags.Set(http, row.Version);
        return TypedResults.Ok(new DataResponse<T>(toResponse(row)));
    }

    public static Results<Created<DataResponse<T>>, ProblemHttpResult> Created<TRow, T>(
        WriteResult<TRow> result, Func<TRow, T> toResponse, Func<TRow, string> location, HttpContext http) where TRow : class, IVersioned
    {
        if (result.Row is not { } row)
        {
            return Problems.From(result, "Not found.");
        }

        ETags.Set(http, row.Version);
        return TypedResults.Created(location(row), new DataResponse<T>(toResponse(row)));
    }

    public static async Task<Results<Ok<DataResponse<T>>, ProblemHttpResult>> SaveAsync<TRow, T>(
        string? ifMatch, Func<long?, Task<WriteResult<TRow>>> write, Func<TRow, T> toResponse, HttpContext http, string notFound)
        where TRow : class, IVersioned
    {
        if (!ETags.TryReadIfMatch(ifMatch, out var version))
        {
            return Problems.PreconditionRequired();
        }

        return Saved(await write(version), toResponse, http, notFound);
    }

    public static Results<Ok<DataResponse<T>>, ProblemHttpResult> Saved<TRow, T>(
        WriteResult<TRow> result, Func<TRow, T> toResponse, HttpContext http, string notFound) where TRow : class, IVersioned =>
        result.Row is { } row ? Found(row, toResponse, http, notFound) : Problems.From(result, notFound);

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync<TRow>(
        string? ifMatch, Func<long?, Task<WriteResult<TRow>>> delete, string notFound)
    {
        if (!ETags.TryReadIfMatch(ifMatch, out var version))
        {
            return Problems.PreconditionRequired();
        }

        var result = await delete(version);
        return result.Status == WriteStatus.Done ? TypedResults.NoContent() : Problems.From(result, notFound);
    }
}
