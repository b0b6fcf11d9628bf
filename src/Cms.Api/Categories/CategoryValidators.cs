using Cms.Api.Infrastructure.Validation;
using FluentValidation;

namespace Cms.Api.Categories;

internal sealed class CategoryRequestValidator : AbstractValidator<CategoryRequest>
{
    public CategoryRequestValidator()
    {
        RuleFor(r => r.Slug).Slug();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Description).MaximumLength(2000);
        RuleFor(r => r.Position).InclusiveBetween(0, 1_000_000);
    }
}
