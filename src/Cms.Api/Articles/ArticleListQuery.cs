using Cms.Api.Infrastructure.Http;
using Cms.Api.Infrastructure.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Articles;

/// <summary>Filters of the management list: all statuses unless one is asked for; newest first.</summary>
internal sealed record ArticleListQuery(
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "category")] string? Category,
    [FromQuery(Name = "author")] string? Author,
    [FromQuery(Name = "tag")] string? Tag,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "limit")] int? Limit) : IPaged;

internal sealed class ArticleListQueryValidator : AbstractValidator<ArticleListQuery>
{
    private static readonly string[] Statuses = Enum.GetNames<ArticleStatus>().Select(n => n.ToLowerInvariant()).ToArray();

    public ArticleListQueryValidator()
    {
        Include(new PagingRules<ArticleListQuery>());
        RuleFor(q => q.Status)
            .Must(status => status is null || Statuses.Contains(status))
            .WithMessage($"Must be one of {string.Join(", ", Statuses)}.");
        RuleFor(q => q.Category!).Slug().When(q => q.Category is not null);
        RuleFor(q => q.Author!).Slug().When(q => q.Author is not null);
        RuleFor(q => q.Tag!).Slug().When(q => q.Tag is not null);
        RuleFor(q => q.Q).NotEmpty().MaximumLength(200).When(q => q.Q is not null);
    }
}
