using Cms.Api.Infrastructure.Validation;
using FluentValidation;

namespace Cms.Api.Tags;

internal sealed class TagRequestValidator : AbstractValidator<TagRequest>
{
    public TagRequestValidator()
    {
        RuleFor(r => r.Slug).Slug();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
    }
}
