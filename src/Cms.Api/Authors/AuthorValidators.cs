using Cms.Api.Infrastructure.Validation;
using FluentValidation;

namespace Cms.Api.Authors;

internal sealed class AuthorRequestValidator : AbstractValidator<AuthorRequest>
{
    public AuthorRequestValidator()
    {
        RuleFor(r => r.Slug).Slug();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Bio).MaximumLength(5000);
        RuleFor(r => r.AvatarUrl).HttpUrl();
    }
}
