namespace Cms.Api.Infrastructure.Database;

/// <summary>How a write ended when it did not simply succeed.</summary>
internal enum WriteStatus
{
    Done,
    NotFound,
    /// <summary>If-Match named an older version (→ 412).</summary>
    Stale,
    /// <summary>A field failed a rule only the database can check (→ 400).</summary>
    Invalid,
    /// <summary>The workflow does not allow this transition from the current status (→ 409 invalid_transition).</summary>
    InvalidTransition,
    /// <summary>The caller's role does not allow this write on this resource (→ 403).</summary>
    Forbidden,
    /// <summary>The write would break the data's integrity, e.g. delete while in use (→ 409).</summary>
    Conflict,
}

/// <summary>The outcome of a write and, when it was done, the row as written.</summary>
internal readonly record struct WriteResult<T>(WriteStatus Status, T? Row, string? Field = null, string? Message = null)
{
    public static WriteResult<T> NotFound => new(WriteStatus.NotFound, default);

    public static WriteResult<T> Stale => new(WriteStatus.Stale, default);

    public static WriteResult<T> Done(T row) => new(WriteStatus.Done, row);

    public static WriteResult<T> Invalid(string field, string message) => new(WriteStatus.Invalid, default, field, message);

    public static WriteResult<T> Conflict(string message) => new(WriteStatus.Conflict, default, null, message);

    public static WriteResult<T> InvalidTransition(string message) => new(WriteStatus.InvalidTransition, default, null, message);

    public static WriteResult<T> Forbidden(string message) => new(WriteStatus.Forbidden, default, null, message);

    /// <summary>The check every conditional write makes on the version it locked.</summary>
    public static WriteResult<T>? Check(long? currentVersion, long? expectedVersion) =>
        currentVersion is null ? NotFound
        : expectedVersion is not null && expectedVersion != currentVersion ? Stale
        : null;
}
