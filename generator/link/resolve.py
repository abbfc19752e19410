"""From per-article mentions to corpus entities: one entity, one name, one type.

The order matters and is the whole algorithm:

1. spellings on the blocklist go; aliased spellings are filed under their canonical name;
2. within an article, a one-word name that ends exactly one longer person name there
   ("Putin" beside "Vladimir Putin"), or that is the first name of exactly one ("Najib"
   beside "Najib Razak"), joins it;
3. mentions with the same key across articles meet, and each group's type is voted
   (`voting.vote`) over all its articles; names that are no entity whatever the model says
   (nationalities, product codes, credit lines, headline words: `voting.junk_reason`) go;
4. a one-word person left over joins the only person in the corpus whose name ends with it;
5. names of one entity under different keys merge, each merge with its reason (`merge`):
   abbreviations and other names the text defines, initials, countries and cities under
   every name, legal forms, short forms, middle names, near spellings;
6. a one-word name that the corpus mostly writes in lower case ("State", "Attendance") is a
   common word the model capitalised, not an entity;
7. type overrides apply, and the page name is the most common full spelling (or the
   editor's canonical name);
8. the spellings of every entity are looked for in all articles' texts, to find the
   mentions the model missed (`rescan`); a dictionary word that the corpus's text names
   only once, with nothing around it to make it a name ("Markdown"), is no entity.

The per-article parts (steps 1 and 2, what each text defines for step 5, the lower-case
words of step 6, the search of step 8) are remembered between calls (`memo`), and the
groups of step 3 are kept and corrected for the articles whose records changed, with each
group's vote and sums worked out once per group: relinking after one edit redoes the work
of that article and of its groups only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import repeat
from operator import attrgetter, itemgetter

from generator.analyse.mentions.cues import REGNAL_TITLES
from generator.analyse.mentions.labels import KINDS, OTHER
from generator.articles import Mention
from generator.link import rescan
from generator.link.countries import is_nationality_word
from generator.link.definitions import defined_pairs
from generator.link.fragments import first_named, fragments
from generator.link.groups import (
    GroupView,
    Summary,
    firm_by_records,
    first_names,
    found_in,
    is_common_word,
    join,
    summary,
    view,
    vote_records,
    with_found,
)
from generator.link.memo import ById, Inverted, PerId, Unchanged
from generator.link.merge import Merger, Merges
from generator.link.records import (
    Record,
    SteadyRecords,
    article_step,
    could_be_person,
    is_country_code,
    keys_of_article,
    may_be_surname,
)
from generator.link.rules import EditorRules
from generator.link.saved import SavedArticle, SavedVotes, Seed, signature
from generator.link.spellings import reigns_by, used_apart
from generator.link.text_state import CorpusText, Kept
from generator.link.voting import NOBLE_TITLES, lone_word
from generator.text.names import CONNECTORS, name_key


@dataclass(frozen=True)
class ResolvedEntity:
    """One entity of the corpus and the articles that mention it."""

    key: str
    name: str
    kind: str  # "person" | "organisation" | "place" | "other" (not a tag)
    forms: tuple[str, ...]  # every spelling, most used first
    articles: Mapping[float, int]  # article number (see `resolve`) → mentions there


@dataclass(frozen=True)
class Resolution:
    """The corpus's entities (sorted by key), and what the evaluation asks of them."""

    entities: tuple[ResolvedEntity, ...]
    # per entity, its records by article number; per article, the re-scan's finds (start,
    # end, entity key, name key); and the article numbers
    _groups: tuple[Mapping[float, Record], ...] = field(default=(), repr=False, compare=False)
    _untagged: Sequence[Kept] = field(default=(), repr=False, compare=False)
    _ids: Sequence[float] = field(default=(), repr=False, compare=False)
    # step 5: per entity key, the keys merged into it and why; keys found to be no entity
    merges: Merges = field(default_factory=dict, repr=False, compare=False)
    dropped: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    # Only the evaluation asks for the parts below, so they are made on first use, not on
    # every link.

    @cached_property
    def found(self) -> tuple[tuple[tuple[int, int, int], ...], ...]:
        """Per article, (start, end, index into `entities`) of the names the re-scan found
        (step 8)."""
        number = self._numbers
        return tuple(
            tuple((start, end, number[owner]) for start, end, owner, _ in spans)
            for spans in self._untagged
        )

    @cached_property
    def lookup(self) -> Mapping[tuple[float, str], int]:
        """(article number, name key of a spelling used there) → index into `entities`."""
        found = {
            (article, key): n
            for n, group in enumerate(self._groups)
            for article, rec in group.items()
            for key in rec.keys
        }
        number = self._numbers
        for article, spans in zip(self._ids, self._untagged, strict=True):
            for _, _, owner, key in spans:
                found.setdefault((article, key), number[owner])
        return found

    def records_of(self, n: int) -> Mapping[float, Record]:
        """The records (by article number) of `entities[n]`."""
        return self._groups[n]

    @cached_property
    def _numbers(self) -> Mapping[str, int]:
        return {entity.key: n for n, entity in enumerate(self.entities)}


def resolve(
    mentions: Sequence[Sequence[Mention]],
    rules: EditorRules,
    texts: Sequence[str] = (),
    ids: Sequence[float] | None = None,
) -> Resolution:
    """`Resolver().resolve(...)`: one resolution from a cold start."""
    return Resolver().resolve(mentions, rules, texts, ids)


class Resolver:
    """Resolves mentions into corpus entities again and again, keeping each step's results
    for the articles and groups whose inputs did not change (`generator.link.memo`)."""

    def __init__(self) -> None:
        self._text = CorpusText()
        self._records_per_article = PerId(article_step)
        self._steady_records = SteadyRecords()
        self._groups_of: Inverted = Inverted()
        self._views = PerId(view)
        # Votes of groups of records (without and with the corpus's given names) and their
        # summaries, remembered between calls like the records themselves.
        self._votes_alone = PerId(vote_records)
        self._votes_with_given = PerId(vote_records)
        self._summaries_of_groups = PerId(summary)
        # Steps 3 and 4 across the whole corpus, redone only when a group or its vote changed.
        self._given_names = Unchanged(first_names)
        self._joined = Unchanged(_SurnameJoins())
        # Step 5: what each article defines as one name, then the merges across the corpus,
        # redone only when a group, a vote or a definition changed.
        self._defined = PerId(defined_pairs)
        self._fragments = PerId(fragments, parts=2)
        self._first_named = PerId(first_named, parts=2)
        self._all_defined = Unchanged(_all_pairs)
        self._merged = Unchanged(Merger())
        self._drafts = PerId(_draft, parts=5)
        self._tagged_keys = PerId(keys_of_article)
        self._spellings = _Spellings()
        self._found_counts = PerId(found_in)
        self._found_of: Inverted = Inverted()
        self._counts_with_found = PerId(with_found, parts=2)
        self._entities = PerId(_entity, parts=2)
        # Saved per-article parts to start from (`seed`), and the last call's, to save.
        self._seed: Seed | None = None
        self._parts: tuple[rescan.Index, list, list, list, list] | None = None
        # The last call's votes before and after the given names, and the given names.
        self._votes: tuple[dict[str, str], dict[str, str], frozenset[str]] | None = None
        self._groups: Mapping[str, GroupView] = {}
        self._ids: Sequence[float] = ()

    def seed(self, seed: Seed) -> None:
        """Start the next call from another process's per-article parts
        (`generator.link.saved`): the articles at `seed.positions` of that call count as
        unchanged since a last call that worked them out."""
        self._seed = seed

    def seed_words(self, ids: Sequence[float], texts: Sequence[str], total: Counter[str]) -> None:
        """Start the corpus's lower-case word count from another process's: `total` counts
        the texts of `ids` (`text_state.CorpusText.seed_words`)."""
        self._text.seed_words(ids, texts, total)

    def lowercase_total(self) -> Counter[str]:
        """The last call's count of the corpus's lower-case words (do not change it)."""
        return self._text.last_words

    def saved_votes(self, digests: Sequence[str]) -> SavedVotes | None:
        """The last call's votes (step 3), its articles' digests in `digests`."""
        if self._votes is None:
            return None
        alone, with_given, given = self._votes
        return SavedVotes(
            given,
            {
                key: (signature(map(at.__getitem__, view.group)), alone.get(key, ""), vote)
                for at in (dict(zip(self._ids, digests, strict=True)),)
                for key, view in self._groups.items()
                for vote in (with_given[key],)
            },
        )

    def saved_parts(self) -> tuple[rescan.Index, list[SavedArticle]] | None:
        """The last call's per-article parts, in article order, with the re-scan's index
        (None when it had no texts)."""
        if self._parts is None:
            return None
        index, said, cut, spans, firsts = self._parts
        return index, list(map(SavedArticle, said, cut, spans, firsts))

    def resolve(
        self,
        mentions: Sequence[Sequence[Mention]],
        rules: EditorRules,
        texts: Sequence[str] = (),
        ids: Sequence[float] | None = None,
    ) -> Resolution:
        """Resolve the mentions of every article (in article order) into corpus entities.

        `texts` are the articles' texts, for steps 5, 6 and 8; without them those are
        skipped. Articles are known by number: `ids`, increasing and kept by each article
        from call to call (`memo.Numbering`), or their positions.
        """
        ids = range(len(mentions)) if ids is None else ids
        lowercase_words = self._text.lowercase_words(texts, ids if texts else None)
        fingerprint = rules.fingerprint()
        records = self._steady_records(
            ids,
            # A new dictionary of shared counts each call: a long serve session does not
            # keep the counts of records long gone.
            self._records_per_article(ids, list(map(tuple, mentions)), (rules, {}), fingerprint),
        )
        # Groups and everything worked out from them keep last call's objects unless one of
        # their articles' records changed, so after an edit (or an article added or deleted)
        # only its groups are redone.
        by_key = self._groups_of(records, ids)
        keys = list(by_key)
        views = self._views(keys, list(by_key.values()), None, None)
        groups = dict(zip(keys, views, strict=True))
        # Given names learnt from the corpus's own people (multi-word names voted without
        # them), then the vote of every group with them.
        people = [key for key in keys if " " in key]
        seed = self._seed
        if seed is not None and seed.votes is not None:
            self._seed_votes(seed.votes, groups, seed.digests, ids)
        votes = self._votes_alone(people, [groups[key].records for key in people], None, None)
        alone = dict(zip(people, votes, strict=True))
        given = self._given_names(people, (votes,), None, None)
        votes = self._votes_with_given(keys, list(map(_RECORDS, groups.values())), given, given)
        self._votes = (alone, dict(zip(keys, votes, strict=True)), given)
        self._groups, self._ids = groups, ids
        views = list(groups.values())
        groups, kinds = self._joined(keys, (views, votes), (rules, given), (fingerprint, given))
        defined = ()
        seed, self._seed = self._seed, None
        if seed is not None and texts:
            self._start_from(seed, ids, texts, records)
        said = cut = firsts = ()
        if texts:
            said = self._defined(ids, texts, None, None)
            cut = self._fragments(ids, (texts, records), None, None)
            firsts = self._first_named(ids, (texts, records), None, None)
            defined = self._all_defined(ids, (said, cut, firsts), None, None)
        groups, kinds, merges, dropped = self._merged(
            list(groups),
            (list(groups.values()), [kinds[key] for key in groups]),
            (defined, given),
            (defined, given),
        )

        order = sorted(groups)
        views = list(map(groups.__getitem__, order))
        summaries = self._summaries_of_groups(order, list(map(_RECORDS, views)), None, None)
        # A one-word key's draft depends on how often the corpus writes it in lower case.
        lower = list(map(lowercase_words.get, order, repeat(0)))
        drafts = self._drafts(
            order,
            (order, summaries, views, list(map(kinds.__getitem__, order)), lower),
            rules,
            fingerprint,
        )
        if texts:
            tagged = self._tagged_keys(ids, records, None, None)
            untagged = self._rescan(texts, ids, drafts, tagged, lowercase_words)
            self._parts = (self._text.last_index, said, cut, self._text.last_found, firsts)
        else:
            untagged = [() for _ in records]
            self._parts = None
        # The re-scan's finds add to the counts of their entities, also by difference.
        found_by_key = self._found_of(self._found_counts(ids, untagged, None, None), ids)
        counts = self._counts_with_found(
            order, (list(map(_COUNTS, drafts)), list(map(found_by_key.get, order))), None, None
        )
        entities = self._entities(order, (drafts, counts), None, None)
        return Resolution(
            tuple(entities), tuple(map(_GROUP, views)), untagged, ids, merges, dropped
        )

    def _seed_votes(
        self,
        saved: SavedVotes,
        groups: Mapping[str, GroupView],
        digests: Sequence[str],
        ids: Sequence[float],
    ) -> None:
        at = dict(zip(ids, digests, strict=True))
        same = [
            key
            for key, view in groups.items()
            if key in saved.groups
            and saved.groups[key][0] == signature(map(at.__getitem__, view.group))
        ]
        people = [key for key in same if " " in key]
        self._votes_alone.seed(
            people,
            [groups[key].records for key in people],
            [saved.groups[key][1] for key in people],
            None,
        )
        self._votes_with_given.seed(
            same,
            [groups[key].records for key in same],
            [saved.groups[key][2] for key in same],
            saved.given,
        )

    def _start_from(
        self,
        seed: Seed,
        ids: Sequence[float],
        texts: Sequence[str],
        records: Sequence[Mapping[str, Record]],
    ) -> None:
        at = seed.positions
        seed_ids = [ids[i] for i in at]
        seed_texts = [texts[i] for i in at]
        self._defined.seed(seed_ids, seed_texts, [p.defined for p in seed.parts], None)
        seed_records = [records[i] for i in at]
        self._fragments.seed(
            seed_ids, (seed_texts, seed_records), [p.fragments for p in seed.parts], None
        )
        self._first_named.seed(
            seed_ids, (seed_texts, seed_records), [p.first_named for p in seed.parts], None
        )
        self._text.seed_spellings(seed.index, seed_texts, [p.spans for p in seed.parts], seed_ids)

    def _rescan(
        self,
        texts: Sequence[str],
        ids: Sequence[float],
        drafts: Sequence[tuple[str, str, str, tuple[str, ...], Mapping[float, int], bool]],
        tagged: Sequence[frozenset[str]],
        lowercase_words: Mapping[str, int],
    ) -> list[Kept]:
        """Step 8: per article, spans of known names the model did not tag there."""
        owners, index = self._spellings(drafts, lowercase_words)
        spans = self._text.find_spellings(texts, index, ids)
        return self._text.untagged_spans(spans, tagged, owners, ids)


def _all_pairs(
    ids: Sequence[float], columns: tuple[Sequence[tuple[tuple[str, str, str], ...]], ...], _: None
) -> tuple[tuple[float, str, str, str], ...]:
    """Every name pair the articles define (`definitions`), every fragment of a longer
    name and the first person of each shared surname (`fragments`), with the article's
    number."""
    return tuple(
        (article, *pair)
        for column in columns
        for article, pairs in zip(ids, column, strict=True)
        for pair in pairs
    )


def _draft(
    item: tuple[str, Summary, GroupView, str, int], rules: EditorRules
) -> tuple[str, str, str, tuple[str, ...], Mapping[float, int], bool]:
    """Steps 6 and 7 for one group: (key, name, kind, spellings, mentions per article, and
    whether it is a lone dictionary word that the text must name more than once)."""
    key, summary, view, voted, lower = item
    kind = next((rules.types[k] for k in sorted(summary.keys) if k in rules.types), None)
    lone = False
    if kind is None:
        common = is_common_word(key, view.total, lower, rules, summary.forms, voted)
        kind = OTHER if common else voted
        lone = kind in KINDS and lone_word(
            summary.name, lambda: [r.evidence() for r in view.records]
        )
    names = {"person": summary.person_name, "organisation": summary.organisation_name}
    name = rules.canonical.get(key) or names.get(kind, summary.name)
    return (key, name, kind, summary.forms, view.counts, lone)


def _entity(item: tuple[tuple, Mapping[float, int]], _: None) -> ResolvedEntity:
    draft, counts = item
    key, name, kind, forms, _, lone = draft
    if lone and sum(counts.values()) == 1:
        # Named once in the whole corpus's text, with nothing to say it is a name.
        kind = OTHER
    return ResolvedEntity(key, name, kind, forms, counts)


_RECORDS = attrgetter("records")

_GROUP = attrgetter("group")

_COUNTS = itemgetter(4)


class _Spellings:
    """The spellings to look for, with their entities, and their index (`rescan`), kept
    while the drafts are last call's objects and the corpus writes the same one-word
    spellings in lower case: a save that changes no article's names (most saves) neither
    walks every entity's spellings nor builds the index again."""

    def __init__(self) -> None:
        self._drafts: ById[tuple] = ById()
        self._words: list[str] = []  # the one-word name keys checked against lower case
        self._lower: list[bool] = []  # which of them the corpus writes in lower case
        self._made: tuple[dict[tuple[str, ...], str], dict] = ({}, {})

    def __call__(
        self, drafts: Sequence[tuple], lowercase_words: Mapping[str, int]
    ) -> tuple[dict[tuple[str, ...], str], rescan.Index]:
        keys = list(map(_KEY_OF_DRAFT, drafts))
        last = self._drafts
        lower = list(map(lowercase_words.__contains__, self._words))
        if last.changed(keys, drafts) or last.gone(keys) or lower != self._lower:
            owners: dict[tuple[str, ...], str] = {}
            words = []
            for key, _, kind, forms, _, _ in drafts:
                if kind in KINDS:
                    for form in forms:
                        name = name_key(form)
                        if " " not in name:
                            words.append(name)
                        if _findable(name, lowercase_words):
                            # A spelling two entities share names neither for sure ("America"
                            # of the United States and of a "Captain America" whose article
                            # joined it; "Smith" of two Smiths): the re-scan keeps nothing
                            # it finds so (owner "").
                            spelled = rescan.spelling(form)
                            owners[spelled] = key if owners.get(spelled, key) == key else ""
            # A name that is no entity, written with a word in lower case inside ("Lawrence
            # of Arabia", a film), is still one name: a spelling of an entity found at its
            # start ("Lawrence", Alan Lawrence's surname) names none there, and the re-scan
            # keeps nothing it finds so (owner ""). Capitalised runs are one name already
            # (`rescan`: "Samsung" is not found inside "Samsung Galaxy S5").
            for _, _, kind, forms, _, _ in drafts:
                if kind not in KINDS:
                    for form in forms:
                        if _lower_case_inside(spelled := rescan.spelling(form)):
                            owners.setdefault(spelled, "")
            self._words = words
            self._lower = list(map(lowercase_words.__contains__, words))
            self._made = (owners, rescan.build_index(owners))
        self._drafts = ById(keys, list(drafts))
        return self._made


# The small words inside one name ("Lawrence of Arabia", "Match of the Day"); not "and" nor
# "on", which join two names ("League One and Two", "BBC Monitoring on Twitter").
_INSIDE_ONE_NAME = CONNECTORS - {"and", "y", "e", "on", "upon", "for"}


def _lower_case_inside(words: tuple[str, ...]) -> bool:
    return (
        len(words) > 2
        and words[0][:1].isupper()
        and any(w in _INSIDE_ONE_NAME for w in words[1:-1])
        and not any(w in ("and", "on") for w in words[1:-1])
    )


def _the_one_named_most(owners: list[str], groups: Mapping[str, GroupView]) -> list[str]:
    # Of several people of one surname, the one the corpus names in ten articles or more
    # and five times as many as the others together is the one the surname alone names:
    # "Obama" in 21 CNN reports beside Barack Obama's 29 and Michelle Obama's 2.
    if len(owners) < 2:
        return owners
    reach = sorted(((len(groups[o].group), o) for o in owners), reverse=True)
    top, rest = reach[0][0], sum(n for n, _ in reach[1:])
    return [reach[0][1]] if top >= 10 and top >= 5 * rest else owners


def _title_of_a_place(key: str) -> bool:
    # "duchess of cornwall": a noble's title of a place, which ends in no surname.
    first, _, rest = key.partition(" ")
    return first in _NOBLE_TITLES and rest.startswith("of ")


def _findable(key: str, lowercase_words: Mapping[str, int]) -> bool:
    # Short spellings and ones the corpus also writes as common words would match noise,
    # and so would a people's word or a language that an article joined to a name ("Davis
    # High School English teacher" made "English" an alias, found in 16 other reports).
    if " " not in key and is_nationality_word(key):
        return False
    return len(key.replace(" ", "")) >= 3 and (" " in key or key not in lowercase_words)


_KEY_OF_DRAFT = itemgetter(0)
_REGNAL_KEYS = frozenset(name_key(title) for title in REGNAL_TITLES)
_NOBLE_TITLES = frozenset(name_key(title) for title in NOBLE_TITLES)


class _SurnameJoins:
    """Step 4 across the corpus: surnames joined to the one full name they end.

    A class of its own, not a method of `Resolver` kept in one of its memos: the memo would
    then hold the resolver that holds it, a cycle that only the cycle collector frees, and
    a one-shot build lets go of the link stage's memory before rendering (see
    `generator.pipeline`) with the collector off."""

    def __init__(self) -> None:
        # The same two groups make the same joined group as last call, so a full name that
        # absorbed its surname keeps its records, and its vote is remembered.
        self._groups = PerId(join, parts=2)
        self._votes = PerId(vote_records)

    def __call__(
        self,
        keys: Sequence[str],
        views_and_votes: tuple[Sequence[GroupView], Sequence[str]],
        given: tuple[EditorRules, frozenset[str]],
    ) -> tuple[dict[str, GroupView], dict[str, str]]:
        """The groups (by key) with surnames joined to the one full name they end, and the
        kinds of the groups, with the joined ones voted again."""
        groups = dict(zip(keys, views_and_votes[0], strict=True))
        kinds = dict(zip(keys, views_and_votes[1], strict=True))
        rules, given_names = given
        people_by_last: dict[str, list[str]] = defaultdict(list)
        names_by_last: dict[str, list[str]] = defaultdict(list)
        for key, kind in kinds.items():
            if _title_of_a_place(key):
                continue
            if " " in key and kind == "person":
                people_by_last[key.rsplit(" ", 1)[-1]].append(key)
            if " " in key and kind != OTHER and could_be_person(key):
                names_by_last[key.rsplit(" ", 1)[-1]].append(key)
        joins = []  # (surname key, the full name's key)
        for key in [k for k in groups if " " not in k]:
            owners = people_by_last.get(key, [])
            if not owners and kinds[key] == "person":
                # A surname the corpus calls a person claims the one full name it could end.
                owners = names_by_last.get(key, [])
            owners = _the_one_named_most(owners, groups)
            if len(owners) != 1 or rules.is_aliased(key):
                continue
            if reigns_by(groups[key]) and owners[0].split()[0] not in _REGNAL_KEYS:
                # "Pope Francis", "King Salman": the name after a monarch's or a pope's
                # title in half its articles or more is a given name, no surname ("Francis"
                # had joined the one Tony Francis of CNN's validation reports). It joins
                # the name with the title, where the model kept it ("Prince Charles").
                continue
            start = owners[0].rsplit(" ", 1)[0]
            if " " in start and kinds.get(start) == "person":
                # "to Name Dr. Sanjay Gupta Surgeon General" (an ECB+ headline): a person's
                # name and one word more ends in a word run on, no surname ("Surgeon" in
                # another report named no Gupta).
                continue
            if kinds[key] != "person" and (
                not may_be_surname(key, groups[key].labels)
                or is_nationality_word(key)
                or used_apart(groups[key], groups[owners[0]])
            ):
                # "French" of Antonio French (CNN) is a people's word in every other article
                # (in his own it joined him already, `records`). A word used apart from the
                # person (`used_apart`: three articles or more without him, where no label
                # makes it a person, and twice as many as name him) is his surname in none:
                # "the West" (11 CNN articles) of Kanye West (3), "the House" of a "Carter
                # White House" the model calls a person.
                continue
            if kinds[key] != "person" and any(
                rec.cues["organisation"] for rec in groups[key].records
            ):
                # "the Genovese family", "the Genovese crime family" (ECB+): a body named
                # after a man, which a cue of a body says, is not his surname alone.
                continue
            if any(is_country_code(form) for rec in groups[key].records for form in rec.forms):
                # "UK" ends "John Lewis UK" but is a country's code, not a surname: its
                # articles would vote as the person's (`records.Record.evidence`). A name
                # that is also a country's ("Marshall" of the Marshall Islands) may be one.
                continue
            joins.append((key, owners[0]))
        joined = dict(groups)
        # A full name ends one surname only, so the joins are independent of each other.
        owners = [owner for _, owner in joins]
        made = self._groups(
            owners,
            ([groups[owner] for owner in owners], [groups[key] for key, _ in joins]),
            None,
            None,
        )
        for (key, owner), made_view in zip(joins, made, strict=True):
            joined[owner] = made_view
            del joined[key], kinds[key]
        records = [joined[owner].records for owner in owners]
        votes = self._votes(owners, records, given_names, given_names)
        kinds.update(zip(owners, votes, strict=True))
        for key in joined:
            # A one-word "person" that ends no name of the corpus that could be a person's
            # ("Vermeer" beside "Jan Vermeer", whatever its vote) may be a firm's name the
            # model read as a person's (`voting.firm_as_a_person`).
            if (
                " " not in key
                and kinds[key] == "person"
                and key not in people_by_last
                and key not in names_by_last
                and firm_by_records(joined[key].records, given_names)
            ):
                kinds[key] = "organisation"
        return joined, kinds
