using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Infrastructure.Errors;

/// <summary>
/// Describes a request the framework could not bind (malformed JSON, wrong types, unknown enum
/// values or fields, unparsable query values, oversized bodies) in words a client can act on.
/// </summary>
internal static partial class RequestProblems
{
    public static ProblemDetails From(BadHttpRequestException exception)
    {
        var status = exception.StatusCode;
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            return new ProblemDetails { Status = status, Title = "Payload Too Large", Detail = "The request body is larger than this service accepts." };
        }

        if (status == StatusCodes.Status415UnsupportedMediaType)
        {
            return new ProblemDetails { Status = status, Title = "Unsupported Media Type", Detail = "Send the request body as application/json." };
        }

        if (exception.InnerException is JsonException json)
        {
            var field = FieldFromJsonPath(json.Path);
            var message = DescribeJsonError(json);
            return Invalid(ErrorCodes.BadRequest, $"The request body is not valid: {message}", field, message);
        }

        if (BindFailure().Match(exception.Message) is { Success: true } bind)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(bind.Groups["name"].Value);
            var message = $"'{bind.Groups["value"].Value}' is not a valid value for '{name}'.";
            return Invalid(ErrorCodes.BadRequest, message, name, message);
        }

        if (RequiredMissing().Match(exception.Message) is { Success: true } missing)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(missing.Groups["name"].Value);
            var message = $"'{name}' is required.";
            return Invalid(ErrorCodes.BadRequest, message, name, message);
        }

        if (exception.Message.Contains("no body was provided", StringComparison.Ordinal))
        {
            return new ProblemDetails { Status = 400, Title = "Bad Request", Detail = "A JSON request body is required." };
        }

        return new ProblemDetails { Status = status, Title = "Bad Request", Detail = exception.Message };
    }

    private static HttpValidationProblemDetails Invalid(string code, string detail, string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Bad Request",
            Detail = detail,
            Extensions = { ["code"] = code },
        };

    private static string DescribeJsonError(JsonException json)
    {
        var message = json.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return "this field is not part of the request.";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return "the value has the wrong type or is not one of the allowed values.";
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            return "required fields are missing.";
        }

        return "the JSON is malformed" + (json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine})." : ".");
    }

    // "$.body[3].url" -> "body[3].url"; the document as a whole -> "$".
    private static string FieldFromJsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    [GeneratedRegex("""^Failed to bind parameter "(?<type>\S+) (?<name>[^"]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("""^Required parameter "(?<type>\S+) (?<name>[^"]+)" was not provided""")]
    private static partial Regex RequiredMissing();
}
