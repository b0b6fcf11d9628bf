using FluentValidation;

namespace Cms.Api.Infrastructure.Validation;

/// <summary>URLs in structured fields (covers, images, embeds, canonical URLs) must be absolute http or https.</summary>
internal static class Urls
{
    public const int MaxLength = 2000;

    public static bool IsHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;

    public static IRuleBuilderOptions<T, string?> HttpUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaxLength).Must(url => url is null || IsHttp(url)).WithMessage("Must be an absolute http or https URL.");
}
