using Cms.Api.Infrastructure.Database;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Api.Infrastructure.Errors;

/// <summary>Expected failures as typed results; <see cref="ProblemSetup"/> adds code and traceId.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string detail) => Create(StatusCodes.Status404NotFound, ErrorCodes.NotFound, detail);

    public static ProblemHttpResult Conflict(string detail) => Create(StatusCodes.Status409Conflict, ErrorCodes.Conflict, detail);

    public static ProblemHttpResult Forbidden(string detail) => Create(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, detail);

    public static ProblemHttpResult BadRequest(string detail) => Create(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, detail);

    public static ProblemHttpResult PreconditionRequired() => Create(
        StatusCodes.Status428PreconditionRequired,
        ErrorCodes.PreconditionRequired,
        "This write needs an If-Match header holding the ETag of the version you read.");

    public static ProblemHttpResult PreconditionFailed() => Create(
        StatusCodes.Status412PreconditionFailed,
        ErrorCodes.PreconditionFailed,
        "The resource changed since you read it (If-Match does not match its ETag); read it again and retry.");

    /// <summary>A 400 <c>validation_failed</c> naming one field, for rules that need the database.</summary>
    public static ProblemHttpResult Validation(string field, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
            Detail = message,
        });

    /// <summary>A 400 <c>validation_failed</c> for a FluentValidation result checked outside the endpoint filter.</summary>
    public static ProblemHttpResult Validation(FluentValidation.Results.ValidationResult result) =>
        TypedResults.Problem(new HttpValidationProblemDetails(result.ToDictionary())
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
            Detail = "One or more fields are invalid.",
        });

    /// <summary>The problem for a write that did not happen.</summary>
    public static ProblemHttpResult From<T>(WriteResult<T> result, string notFound) => result.Status switch
    {
        WriteStatus.NotFound => NotFound(notFound),
        WriteStatus.Stale => PreconditionFailed(),
        WriteStatus.Invalid => Validation(result.Field!, result.Message!),
        WriteStatus.Conflict => Conflict(result.Message!),
        WriteStatus.Forbidden => Forbidden(result.Message!),
        WriteStatus.InvalidTransition => Create(StatusCodes.Status409Conflict, ErrorCodes.InvalidTransition, result.Message!),
        _ => throw new ArgumentException("The write succeeded; there is no problem to report.", nameof(result)),
    };

    private static ProblemHttpResult Create(int status, string code, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });
}
