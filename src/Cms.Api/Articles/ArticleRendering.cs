using Cms.Api.Authors;
using Cms.Api.Categories;
using Cms.Api.Tags;

namespace Cms.Api.Articles;

/// <summary>Turns a stored article into what the content API (and preview) shows.</summary>
internal static class ArticleRendering
{
    public static PublicArticleResponse Render(
        ArticleRow row,
        CategoryRef? category,
        IReadOnlyList<AuthorRef> authors,
        IReadOnlyList<TagRef> tags,
        IReadOnlyDictionary<Guid, ArticleLink> readAlsoTargets) => new(
            row.Id,
            row.Slug,
            row.Title,
            row.Lead,
            row.Source,
            // Only a preview renders an article that was never published: it shows when it would appear.
            row.PublishedAt ?? row.PublishAt ?? row.UpdatedAt,
            row.UpdatedAt,
            category,
            authors,
            tags,
            ArticleJson.ReadCover(row.Cover),
            row.MetaTitle,
            row.MetaDescription,
            row.CanonicalUrl,
            RenderBody(ArticleJson.ReadBody(row.Body), readAlsoTargets));

    /// <summary>Blocks as stored become typed blocks; a read-also whose target is not public disappears.</summary>
    public static IReadOnlyList<Block> RenderBody(IReadOnlyList<BlockRequest> body, IReadOnlyDictionary<Guid, ArticleLink> readAlsoTargets)
    {
        var blocks = new List<Block>(body.Count);
        foreach (var block in body)
        {
            Block? rendered = block.Type switch
            {
                BlockTypes.Paragraph => new ParagraphBlock(block.Html ?? ""),
                BlockTypes.Heading => new HeadingBlock(block.Level ?? 2, block.Text ?? ""),
                BlockTypes.Quote => new QuoteBlock(block.Text ?? "", block.Attribution),
                BlockTypes.Image => new ImageBlock(block.Url ?? "", block.Caption, block.Credit, block.Alt, block.Width, block.Height),
                BlockTypes.Embed => new EmbedBlock(block.Url ?? ""),
                BlockTypes.ReadAlso when block.ArticleId is { } id && readAlsoTargets.TryGetValue(id, out var target) => new ReadAlsoBlock(target),
                _ => null,
            };
            if (rendered is not null)
            {
                blocks.Add(rendered);
            }
        }

        return blocks;
    }
}
