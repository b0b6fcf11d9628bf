namespace Cms.Api.Infrastructure.Errors;

/// <summary>The stable machine codes every problem response carries in <c>code</c>.</summary>
internal static class ErrorCodes
{
    public const string ValidationFailed = "validation_failed";
    public const string BadRequest = "bad_request";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string Conflict = "conflict";
    public const string InvalidTransition = "invalid_transition";
    public const string PreconditionFailed = "precondition_failed";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string PreconditionRequired = "precondition_required";
    public const string RateLimited = "rate_limited";
    public const string Internal = "internal";
    public const string Unavailable = "unavailable";

    public static string ForStatus(int status) => status switch
    {
        400 => BadRequest,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        409 => Conflict,
        412 => PreconditionFailed,
        413 => PayloadTooLarge,
        415 => UnsupportedMediaType,
        428 => PreconditionRequired,
        429 => RateLimited,
        503 => Unavailable,
        >= 500 => Internal,
        _ => BadRequest,
    };
}
