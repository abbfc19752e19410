"""A story's headline: the own headline of its most central article, never a new one.

The most central article is the one most similar, in words and entities, to the story's
other texts (each group of copies counted once); ties go to the earlier article. Its
headline is the one a reader is most likely to recognise the whole story by.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.stories.similarity import Batch, Scratch, contents
from generator.stories.vectors import ArticleVector


def central_title(
    titles: Sequence[str],
    vectors: Sequence[ArticleVector],
    copies: Sequence[Sequence[str]] = (),
    keys: Sequence[str] = (),
) -> str:
    """The title of the most central of a story's articles (given in time order).

    `copies` are groups of `keys` that are copies of one text: only a group's first article
    stands for it. Articles without a title are passed over unless none has one.
    """
    skip = {key for group in copies for key in group[1:]}
    chosen = [i for i, key in enumerate(keys or [""] * len(titles)) if key not in skip]
    titled = [i for i in chosen if titles[i].strip()] or chosen
    if len(titled) == 1:
        return titles[titled[0]]
    batch = Batch([vectors[i] for i in chosen])
    scratch = Scratch()
    scratch.fit(
        1
        + max(
            (int(vectors[i].word_ids.max()) for i in chosen if len(vectors[i].word_ids)), default=0
        ),
        1
        + max(
            (int(vectors[i].entity_ids.max()) for i in chosen if len(vectors[i].entity_ids)),
            default=0,
        ),
        1,
    )
    best, best_score = titled[0], -1.0
    for i in titled:
        similarity, _ = contents(vectors[i], batch, scratch)
        # Sum the others in a fixed order; its own similarity (1) is left out.
        score = sum(s for j, s in zip(chosen, similarity.tolist(), strict=True) if j != i)
        if score > best_score:
            best, best_score = i, score
    return titles[best]
