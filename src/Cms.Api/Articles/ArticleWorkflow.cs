namespace Cms.Api.Articles;

/// <summary>What an editor asks of an article's workflow.</summary>
internal enum Transition
{
    Publish,
    Unpublish,
    Archive,
}

/// <summary>
/// The transition table of PRODUCT.md: draft → published or scheduled (publish, with a future
/// publishAt for the latter); scheduled → draft (unpublish; publishing when due is the
/// scheduler's); published → draft (unpublish) or archived (archive); archived → published
/// (publish). Nothing else.
/// </summary>
internal static class ArticleWorkflow
{
    public sealed record State(ArticleStatus Status, DateTime? PublishAt);

    public static State? Next(ArticleStatus current, Transition transition, DateTime? publishAt, DateTime now) =>
        (current, transition) switch
        {
            (ArticleStatus.Draft, Transition.Publish) when publishAt > now => new State(ArticleStatus.Scheduled, publishAt),
            (ArticleStatus.Draft or ArticleStatus.Archived, Transition.Publish) when !(publishAt > now) => new State(ArticleStatus.Published, null),
            (ArticleStatus.Scheduled or ArticleStatus.Published, Transition.Unpublish) => new State(ArticleStatus.Draft, null),
            (ArticleStatus.Published, Transition.Archive) => new State(ArticleStatus.Archived, null),
            _ => null,
        };

    public static string PastTense(Transition transition) => transition switch
    {
        Transition.Publish => "published",
        Transition.Unpublish => "unpublished",
        Transition.Archive => "archived",
        _ => throw new ArgumentOutOfRangeException(nameof(transition)),
    };
}
