using Cms.Api.Infrastructure.Validation;
using FluentValidation;

namespace Cms.Api.Sections;

internal sealed class CreateSectionRequestValidator : AbstractValidator<CreateSectionRequest>
{
    public CreateSectionRequestValidator()
    {
        RuleFor(r => r.Key).Slug();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.WindowHours).InclusiveBetween(1, 720);
    }
}

internal sealed class UpdateSectionRequestValidator : AbstractValidator<UpdateSectionRequest>
{
    public UpdateSectionRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.WindowHours).InclusiveBetween(1, 720);
    }
}

internal sealed class SectionItemsValidator : AbstractValidator<SectionItems>
{
    public const int MaxItems = 100;

    public SectionItemsValidator()
    {
        RuleFor(r => r.Items).NotNull().Must(items => items is null || items.Count <= MaxItems).WithMessage($"At most {MaxItems} items.");
        RuleForEach(r => r.Items).ChildRules(item => item.RuleFor(i => i.ArticleId).NotEmpty());
        RuleFor(r => r).Custom((request, context) =>
        {
            var seen = new HashSet<Guid>();
            for (var i = 0; i < (request.Items?.Count ?? 0); i++)
            {
                if (!seen.Add(request.Items![i].ArticleId))
                {
                    context.AddFailure($"items[{i}].articleId", "This article is already in the list.");
                }
            }
        });
    }
}

/// <summary><c>include=articles</c> adds each rail's first <c>limit</c> articles (1–20, default 5).</summary>
internal sealed record SectionsQuery(
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "include")] string? Include,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "limit")] int? Limit);

internal sealed class SectionsQueryValidator : AbstractValidator<SectionsQuery>
{
    public SectionsQueryValidator()
    {
        RuleFor(q => q.Include).Equal("articles").When(q => q.Include is not null).WithMessage("The only thing to include is 'articles'.");
        RuleFor(q => q.Limit).InclusiveBetween(1, 20);
    }
}

/// <summary>A rail's page: <c>limit</c> (1–100, default 20), and <c>cursor</c> for latest rails.</summary>
internal sealed record RailQuery(
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "limit")] int? Limit,
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "cursor")] string? Cursor);

internal sealed class RailQueryValidator : AbstractValidator<RailQuery>
{
    public RailQueryValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, 100);
}
