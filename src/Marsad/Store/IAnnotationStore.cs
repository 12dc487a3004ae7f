using Marsad.Clean;

namespace Marsad.Store;

/// <summary>
/// One stored article as an analysis reads it: its annotation when one made under the analysis's
/// version is stored for its current content, otherwise the article itself, to annotate.
/// </summary>
/// <param name="Id">The article's id.</param>
/// <param name="ContentHash">The hash of its stored content.</param>
/// <param name="Annotation">The stored annotation (JSON), or null.</param>
/// <param name="Article">The article, when <paramref name="Annotation"/> is null (its text is not read otherwise).</param>
public sealed record StoredArticle(string Id, string ContentHash, string? Annotation, Article? Article);

/// <summary>An article's annotation to keep: for its content, under the version of what made it.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="ContentHash">The hash of the content it was made from.</param>
/// <param name="Json">The annotation.</param>
public sealed record AnnotationRow(string ArticleId, string ContentHash, string Json);

/// <summary>
/// A store that keeps each article's annotations between analyses (the relational stores), so that
/// an analysis annotates only the articles that are new, changed, or were annotated under another
/// version of the rules.
/// </summary>
public interface IAnnotationStore
{
    /// <summary>
    /// Every stored article in the store's id order, <paramref name="pageSize"/> at a time (a query
    /// per page: memory stays bounded whatever the store's size), each with its annotation when one
    /// made under <paramref name="version"/> is stored for its content; null reads none.
    /// </summary>
    IEnumerable<IReadOnlyList<StoredArticle>> ArticlePages(string? version, int pageSize);

    /// <summary>Stores the annotations (replacing any earlier one of each article) in one transaction.</summary>
    void SaveAnnotations(string version, IReadOnlyList<AnnotationRow> annotations);
}
