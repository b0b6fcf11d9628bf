using Cms.Api.Infrastructure.Http;

namespace Cms.Api.Webhooks;

/// <summary>The events a webhook can subscribe to.</summary>
internal static class WebhookEvents
{
    public const string Published = "article.published";
    public const string Updated = "article.updated";
    public const string Unpublished = "article.unpublished";
    public const string Deleted = "article.deleted";

    public static readonly string[] All = [Published, Updated, Unpublished, Deleted];
}

/// <summary>Subscribe a URL to events (all of them when none are named).</summary>
internal sealed record WebhookRequest(string Url, IReadOnlyList<string>? Events = null, bool? Active = null);

internal sealed record WebhookResponse(Guid Id, string Url, IReadOnlyList<string> Events, bool Active, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>A new webhook, with the secret that signs its deliveries (shown this once).</summary>
internal sealed record CreatedWebhookResponse(Guid Id, string Url, IReadOnlyList<string> Events, bool Active, string Secret, DateTime CreatedAt);

/// <summary>One delivery attempt record, for debugging a receiver.</summary>
internal sealed record DeliveryResponse(
    long Id, string Event, int Attempts, DateTime? NextAttemptAt, DateTime? DeliveredAt, int? LastStatus, string? LastError, DateTime CreatedAt);

/// <summary>A webhook row; properties rather than a constructor because of its array column (see ArticleRow).</summary>
internal sealed record WebhookRow : IVersioned
{
    public Guid Id { get; init; }

    public string Url { get; init; } = "";

    public string[] Events { get; init; } = [];

    public string Secret { get; init; } = "";

    public bool Active { get; init; }

    public long Version { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    public WebhookResponse ToResponse() => new(Id, Url, Events, Active, CreatedAt, UpdatedAt);
}
