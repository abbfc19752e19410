"""The summary of a story across outlets: the summariser's own machinery (sumy, LexRank over
every article's summary sentences, the redundancy rule), each sentence with its article."""

from datetime import UTC, datetime

from generator.articles import Article, Block, Metadata
from generator.link.site import Entry
from generator.stories.summary import StorySummarizer


def entry(slug: str, hour: int, source: str, *sentences: str) -> Entry:
    article = Article(
        path=f"{slug}.md",
        slug=slug,
        title=slug.replace("-", " ").title(),
        date=datetime(2026, 3, 3, hour, tzinfo=UTC),
        meta=Metadata(source=source),
        blocks=tuple(Block(s) for s in sentences),
    )
    return Entry(article, tuple(sentences), ())


WIRE = entry(
    "wire",
    7,
    "Coastline Wire",
    "A section of the Orrin river footbridge in Port Veloria gave way early on Tuesday.",
    "Rescue boats pulled two pedestrians from the river within minutes.",
    "Engineers had closed one lane of the crossing in August after finding corrosion.",
)
OWN = entry(
    "own",
    12,
    "Veloria Evening Post",
    # Nearly the wire's first sentence, in other words: at most one of the two is used.
    "A section of the Orrin river footbridge in Port Veloria gave way early on Tuesday morning.",
    "Commuters faced long detours as the crossing stayed shut for the rest of the day.",
    "The mayor said the footbridge would stay closed until engineers had inspected it.",
)
INQUIRY = entry(
    "inquiry",
    20,
    "Veloria Daily",
    "The transport authority ordered an independent inquiry into the footbridge collapse.",
    "The inquiry will report within three months, the authority said.",
)


def test_a_story_summary_draws_on_several_outlets_without_near_duplicates():
    lines = StorySummarizer("en", 3)([WIRE, OWN, INQUIRY])
    assert len(lines) == 3
    texts = [text for text, _ in lines]
    # Of the two near-identical first sentences, one at most.
    assert sum("gave way early on Tuesday" in text for text in texts) == 1
    # Every sentence is one of its article's own summary sentences.
    assert all(text in article.summary for text, article in lines)
    # Each article gives its best sentence before any gives a second: three outlets.
    assert {article.slug for _, article in lines} == {"wire", "own", "inquiry"}
    # Told in the order of the timeline.
    order = [(article.article.date, article.summary.index(text)) for text, article in lines]
    assert order == sorted(order)


def test_a_story_of_one_text_is_its_summary():
    assert StorySummarizer("en", 3)([WIRE]) == tuple((text, WIRE) for text in WIRE.summary)
