"""The clean stage's articles as the build state keeps them, and as a new process gets
them back."""

from datetime import UTC, datetime
from pathlib import Path

import msgspec

from generator.articles import Article, Block, Metadata, RawArticle
from generator.build_state import StoredFile
from generator.clean import Cleaner, _article, _kept
from generator.config import Config
from generator.load import ContentFile, Loaded

PROSE = "The talks ended on Friday without an agreement, officials said in a statement."
FOOTER = "Share this story on Facebook"


def _raw(name: str, *lines: str) -> RawArticle:
    meta = Metadata(title=f"Talks {name}", date=datetime(2026, 3, 1, tzinfo=UTC))
    return RawArticle(f"{name}.md", meta, tuple(Block(line, f"<p>{line}</p>") for line in lines))


def _loaded(raws: list[RawArticle]) -> Loaded:
    files = {raw.path: ContentFile((1, 1), (raw,), ()) for raw in raws}
    return Loaded(files, sorted(files), frozenset(files), ())


def test_a_restored_cleaner_gives_the_same_articles_sharing_the_raw_paragraphs(tmp_path: Path):
    # Four articles share a footer (boilerplate), one ends with its outlet's name (the
    # cleaned article's metadata then differs from the raw article's).
    raws = [_raw(f"a{i}", f"{PROSE} Round {i}.", FOOTER) for i in range(4)]
    raws.append(_raw("b", f"{PROSE} Last round.", "Springfield Gazette"))
    loaded = _loaded(raws)
    config = Config(root=tmp_path)
    first = Cleaner(config)
    articles = first.clean(loaded).articles
    assert all(len(a.blocks) == 1 for a in articles)
    assert articles[-1].meta.source == "Springfield Gazette"

    # Through JSON, as the build state writes and reads it.
    stored = {
        rel: msgspec.json.decode(msgspec.json.encode(first.stored(rel, f)), type=StoredFile)
        for rel, f in loaded.files.items()
    }
    again = Cleaner(config)
    again.restore(stored, first.boilerplate)
    restored_files = {rel: ContentFile(s.stamp, s.raw, s.problems) for rel, s in stored.items()}
    restored = again.clean(Loaded(restored_files, sorted(stored), frozenset(), ())).articles

    assert restored == articles
    assert [a.digest for a in restored] == [a.digest for a in articles]
    for article in restored:
        raw = stored[article.path].raw[0]
        assert all(any(b is r for r in raw.blocks) for b in article.blocks)
    assert restored[0].meta is stored["a0.md"].raw[0].meta


def test_a_paragraph_that_cleaning_rewrote_is_kept_whole():
    raw = _raw("c", PROSE, "Second paragraph.")
    rewritten = Block("Rewritten opening.", "<p>Rewritten opening.</p>")
    article = Article(raw.path, "c", "C", raw.meta.date, raw.meta, (rewritten, raw.blocks[1]))
    kept = _kept(raw, article)
    assert kept.blocks == (rewritten, 1)
    assert kept.meta is None
    assert _article(raw, kept) == article
