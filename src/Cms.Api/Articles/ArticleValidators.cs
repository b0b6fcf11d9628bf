using Cms.Api.Infrastructure.Validation;
using FluentValidation;

namespace Cms.Api.Articles;

internal sealed class ArticleRequestValidator : AbstractValidator<ArticleRequest>
{
    public const int MaxBlocks = 1000;

    public ArticleRequestValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(300);
        RuleFor(r => r.Slug!).Slug().When(r => r.Slug is not null);
        RuleFor(r => r.Lead).MaximumLength(2000);
        RuleFor(r => r.Source).MaximumLength(100);
        RuleFor(r => r.AuthorIds).Must(ids => ids is null || ids.Count <= 20).WithMessage("At most 20 authors.")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("An author is listed twice.");
        RuleFor(r => r.Tags).Must(tags => tags is null || tags.Count <= 30).WithMessage("At most 30 tags.")
            .Must(tags => tags is null || tags.Distinct().Count() == tags.Count).WithMessage("A tag is listed twice.");
        RuleForEach(r => r.Tags).Slug();
        RuleFor(r => r.Cover!).SetValidator(new ImageValidator()).When(r => r.Cover is not null);
        RuleFor(r => r.Body).Must(body => body is null || body.Count <= MaxBlocks).WithMessage($"At most {MaxBlocks} blocks.");
        RuleForEach(r => r.Body).SetValidator(new BlockRequestValidator());
        RuleFor(r => r.RelatedIds).Must(ids => ids is null || ids.Count <= 20).WithMessage("At most 20 related articles.")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("A related article is listed twice.");
        RuleFor(r => r.MetaTitle).MaximumLength(200);
        RuleFor(r => r.MetaDescription).MaximumLength(500);
        RuleFor(r => r.CanonicalUrl).HttpUrl();
    }
}

internal sealed class ImageValidator : AbstractValidator<Image>
{
    public ImageValidator()
    {
        RuleFor(i => i.Url).NotEmpty().HttpUrl();
        RuleFor(i => i.Caption).MaximumLength(1000);
        RuleFor(i => i.Credit).MaximumLength(200);
        RuleFor(i => i.Alt).MaximumLength(500);
        RuleFor(i => i.Width).InclusiveBetween(1, 20_000);
        RuleFor(i => i.Height).InclusiveBetween(1, 20_000);
    }
}

/// <summary>Each block type requires its own fields and refuses the fields of other types.</summary>
internal sealed class BlockRequestValidator : AbstractValidator<BlockRequest>
{
    public BlockRequestValidator()
    {
        RuleFor(b => b.Type).NotEmpty()
            .Must(type => type is null || BlockTypes.Fields.ContainsKey(type))
            .WithMessage(b => $"Unknown block type '{b.Type}'; expected one of {string.Join(", ", BlockTypes.Fields.Keys)}.");

        RuleFor(b => b).Custom((block, context) =>
        {
            if (block.Type is null || !BlockTypes.Fields.TryGetValue(block.Type, out var allowed))
            {
                return;
            }

            foreach (var field in BlockTypes.FieldsSet(block).Except(allowed))
            {
                context.AddFailure(field, $"Blocks of type '{block.Type}' have no '{field}' field.");
            }
        });

        When(b => b.Type == BlockTypes.Paragraph, () => RuleFor(b => b.Html).NotEmpty().MaximumLength(20_000));
        When(b => b.Type == BlockTypes.Heading, () =>
        {
            RuleFor(b => b.Level).NotNull().InclusiveBetween(2, 4);
            RuleFor(b => b.Text).NotEmpty().MaximumLength(500);
        });
        When(b => b.Type == BlockTypes.Quote, () =>
        {
            RuleFor(b => b.Text).NotEmpty().MaximumLength(5000);
            RuleFor(b => b.Attribution).MaximumLength(300);
        });
        When(b => b.Type == BlockTypes.Image, () =>
        {
            RuleFor(b => b.Url).NotEmpty().HttpUrl();
            RuleFor(b => b.Caption).MaximumLength(1000);
            RuleFor(b => b.Credit).MaximumLength(200);
            RuleFor(b => b.Alt).MaximumLength(500);
            RuleFor(b => b.Width).InclusiveBetween(1, 20_000);
            RuleFor(b => b.Height).InclusiveBetween(1, 20_000);
        });
        When(b => b.Type == BlockTypes.Embed, () => RuleFor(b => b.Url).NotEmpty().HttpUrl());
        When(b => b.Type == BlockTypes.ReadAlso, () => RuleFor(b => b.ArticleId).NotNull().NotEqual(Guid.Empty));
    }
}
