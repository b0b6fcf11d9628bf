using System.Text.RegularExpressions;
using FluentValidation;

namespace Cms.Api.Infrastructure.Validation;

/// <summary>Slugs: lowercase a–z, digits and single hyphens between them, at most 100 characters.</summary>
internal static partial class Slugs
{
    public const int MaxLength = 100;

    public static IRuleBuilderOptions<T, string> Slug<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(MaxLength).Must(s => s is null || s.Length > MaxLength || Pattern().IsMatch(s))
            .WithMessage("A slug has lowercase letters a-z, digits and single hyphens between them (e.g. 'korea-utara').");

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
