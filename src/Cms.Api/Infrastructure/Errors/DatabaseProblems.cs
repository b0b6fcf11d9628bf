using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Cms.Api.Infrastructure.Errors;

/// <summary>
/// Database errors that mean "conflict" become 409 here, in one place: a unique violation
/// (a slug already taken) and a foreign-key violation (a row still in use, or removed under us).
/// </summary>
internal static class DatabaseProblems
{
    public static ProblemDetails? TryFrom(PostgresException exception) => exception.SqlState switch
    {
        PostgresErrorCodes.UniqueViolation => Conflict(
            $"Another resource already uses this {FieldOf(exception)}.", FieldOf(exception), "Already in use."),
        PostgresErrorCodes.ForeignKeyViolation => Conflict(
            "The resource is still referenced by other content, or refers to content that no longer exists.", null, null),
        _ => null,
    };

    /// <summary>The database cannot be reached right now: the client may retry.</summary>
    public static ProblemDetails Unavailable() => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "Service Unavailable",
        Detail = "The database is unreachable right now; retry shortly.",
        Extensions = { ["code"] = ErrorCodes.Unavailable },
    };

    // Constraints keep PostgreSQL's default names, "{table}_{column}_key", so the column is recoverable.
    private static string FieldOf(PostgresException exception)
    {
        var constraint = exception.ConstraintName ?? "";
        var table = exception.TableName ?? "";
        var column = constraint.StartsWith(table + "_", StringComparison.Ordinal) && constraint.EndsWith("_key", StringComparison.Ordinal)
            ? constraint[(table.Length + 1)..^4]
            : constraint;
        return ToCamelCase(column);
    }

    private static string ToCamelCase(string snake)
    {
        var parts = snake.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select((p, i) => i == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }

    private static ProblemDetails Conflict(string detail, string? field, string? message)
    {
        var problem = field is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message!] });
        problem.Status = StatusCodes.Status409Conflict;
        problem.Title = "Conflict";
        problem.Detail = detail;
        problem.Extensions["code"] = ErrorCodes.Conflict;
        return problem;
    }
}
