"""The `{% cache entry %}` block: rendered once per entry version, never stale."""

import dataclasses
from pathlib import Path

from generator.config import parse_config
from generator.render.theme import make_environment
from tests.render.test_render import small_site

CONFIG = parse_config({}, Path("/site/digest.toml"))
TEMPLATE = (
    "{% for e in entries %}{% cache e %}[{{ e.article.title }}|{{ n() }}]{% endcache %}{% endfor %}"
)


def environment():
    env = make_environment(CONFIG)
    calls = []
    env.globals["n"] = lambda: calls.append(1) or len(calls)
    return env, calls


def test_a_block_is_rendered_once_per_entry_version_across_pages():
    env, calls = environment()
    entries = small_site().entries
    template = env.from_string(TEMPLATE)
    first = template.render(entries=entries)
    again = template.render(entries=entries[::-1])
    assert first == "[Title c|1][Title b|2][Title a|3]"
    assert again == "[Title a|3][Title b|2][Title c|1]"  # remembered, not rendered again
    assert len(calls) == 3


def test_a_changed_entry_is_a_new_version_and_is_rendered_again():
    env, _ = environment()
    entries = small_site().entries
    template = env.from_string(TEMPLATE)
    template.render(entries=entries)
    edited = dataclasses.replace(
        entries[0], article=dataclasses.replace(entries[0].article, title="Edited")
    )
    assert template.render(entries=(edited, *entries[1:])) == "[Edited|4][Title b|2][Title a|3]"
    # An equal entry made again (a new object) is the same version: not rendered again.
    again = dataclasses.replace(edited, summary=tuple(edited.summary))
    assert template.render(entries=(again,)) == "[Edited|4]"


def test_blocks_of_other_values_and_forgotten_entries_are_rendered_each_time():
    env, _ = environment()
    template = env.from_string("{% cache x %}{{ n() }}{% endcache %}")
    assert [template.render(x="same") for _ in range(2)] == ["1", "2"]
    entries = small_site().entries
    cached = env.from_string(TEMPLATE)
    cached.render(entries=entries)
    env.entry_fragments.keep_only(entries[:1])
    assert cached.render(entries=entries) == "[Title c|3][Title b|6][Title a|7]"
    # Another template's block of the same entry is not this one's.
    assert env.from_string(TEMPLATE).render(entries=entries[:1]) == "[Title c|8]"


def test_the_theme_feed_is_the_same_with_and_without_remembered_blocks():
    env, _ = environment()
    site = small_site()
    context = {"entries": site.entries, "feed_url": "feed.xml", "site": CONFIG.site}
    context |= {"generator_version": "x", "article_url": lambda e: f"articles/{e.slug}/"}
    feed = env.get_template("atom.xml")
    first = feed.render(context)
    again = feed.render(context)
    env.entry_fragments.clear()
    assert first == again == feed.render(context)
    assert first.count("<entry>") == 3


def test_further_keys_keep_apart_what_they_name():
    env, _ = environment()
    entries = small_site().entries
    template = env.from_string(
        "{% for e in entries %}{% cache e, depth, None %}{{ depth }}{{ n() }}{% endcache %}"
        "{% endfor %}"
    )
    assert template.render(entries=entries, depth="../") == "../1../2../3"
    assert template.render(entries=entries, depth="") == "456"
    assert template.render(entries=entries[::-1], depth="../") == "../3../2../1"
    # A key that is not a plain value could change unseen: the block is rendered each time.
    assert template.render(entries=entries[:1], depth=[0]) == "[0]7"
    assert template.render(entries=entries[:1], depth=[0]) == "[0]8"


def test_trimming_waits_until_the_blocks_have_doubled():
    env, _ = environment()
    entries = small_site().entries
    fragments = env.entry_fragments
    env.from_string(TEMPLATE).render(entries=entries)
    fragments.trim(entries[:1])
    assert len(fragments.rendered) == 3  # under the first threshold (64): nothing looked at
    fragments.rendered.update({("x", bytes([i])): "" for i in range(70)})
    fragments.trim(entries[:1])
    assert [k[1] for k in fragments.rendered] == [entries[0].version]  # the one kept entry's


def test_a_card_is_the_same_remembered_or_rendered_on_every_page_depth():
    env, _ = environment()
    site = small_site()
    common = {"config": CONFIG, "site": CONFIG.site, "article_url": lambda e: f"a/{e.slug}/"}
    common |= {"entity_url": lambda slug: f"tags/{slug}/"}
    card = env.from_string(
        '{% from "_macros.html" import entry_card with context %}'
        "{% for e in entries %}{{ entry_card(e) }}{% endfor %}"
    )
    pages = (
        "index.html",
        "tags/x/index.html",
        "archive/2016/12/index.html",
        "tags/x/page/2/index.html",
    )
    remembered = [card.render(common, entries=site.entries, page_file=p) for p in pages * 2]
    env.entry_fragments.clear()
    fresh = [card.render(common, entries=site.entries, page_file=p) for p in pages]
    assert remembered == fresh * 2
    assert 'href="../../a/' in fresh[1] and 'href="../../../a/' in fresh[2]
