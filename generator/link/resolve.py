"""From per-article mentions to corpus entities: one entity, one name, one type.

The order matters and is the whole algorithm:

1. spellings on the blocklist go; aliased spellings are filed under their canonical name;
2. within an article, a one-word name that ends exactly one longer person name there
   ("Putin" beside "Vladimir Putin") joins it;
3. mentions with the same key across articles meet, and each group's type is voted
   (`voting.vote`) over all its articles;
4. a one-word person left over joins the only person in the corpus whose name ends with it;
5. a one-word name that the corpus mostly writes in lower case ("State", "Attendance") is a
   common word the model capitalised, not an entity;
6. type overrides apply, and the page name is the most common full spelling (or the
   editor's canonical name);
7. the spellings of every entity are looked for in all articles' texts, to find the
   mentions the model missed (`rescan`).

The per-article parts (steps 1 and 2, the lower-case words of step 5, the search of step 7)
are remembered between calls (`memo`), and the groups of step 3 are kept and corrected for
the articles whose records changed, with each group's vote and sums worked out once per
group: relinking after one edit redoes the work of that article and of its groups only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import repeat
from operator import attrgetter, itemgetter

from generator.analyse.mentions import most_common
from generator.analyse.mentions.labels import KINDS, OTHER, kind_of_label
from generator.articles import Mention
from generator.link import rescan
from generator.link.gazetteer import Place, place_strength
from generator.link.memo import ById, Inverted, PerId, Unchanged
from generator.link.rules import EditorRules
from generator.link.text_state import CorpusText, Kept
from generator.link.voting import (
    ORGANISATION_WORDS,
    ArticleEvidence,
    article_evidence,
    vote_on_evidence,
)
from generator.text.names import name_key


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
    _groups: tuple[Mapping[float, _Record], ...] = field(default=(), repr=False, compare=False)
    _untagged: Sequence[Kept] = field(default=(), repr=False, compare=False)
    _ids: Sequence[float] = field(default=(), repr=False, compare=False)

    # Only the evaluation asks for the parts below, so they are made on first use, not on
    # every link.

    @cached_property
    def found(self) -> tuple[tuple[tuple[int, int, int], ...], ...]:
        """Per article, (start, end, index into `entities`) of the names the re-scan found
        (step 7)."""
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

    @cached_property
    def _numbers(self) -> Mapping[str, int]:
        return {entity.key: n for n, entity in enumerate(self.entities)}


@dataclass(eq=False)
class _Record:
    """What one article says about one entity key (compared by identity, see `_GroupView`)."""

    forms: Counter[str] = field(default_factory=Counter)
    short: Counter[str] = field(default_factory=Counter)  # joined surname spellings
    labels: Counter[str] = field(default_factory=Counter)
    cues: Counter[str] = field(default_factory=Counter)
    keys: set[str] = field(default_factory=set)  # name keys of the spellings
    _evidence: ArticleEvidence | None = None
    _count: int | None = None

    def same(self, other: _Record) -> bool:
        """Whether `other` says the same about its entity (their votes and sums agree)."""
        return (
            self.forms == other.forms
            and self.short == other.short
            and self.labels == other.labels
            and self.cues == other.cues
            and self.keys == other.keys
        )

    def absorb(self, other: _Record, as_short: bool) -> None:
        (self.short if as_short else self.forms).update(other.forms)
        self.short.update(other.short)
        self.labels.update(other.labels)
        self.cues.update(other.cues)
        self.keys |= other.keys

    # A record is never changed once its groups are voted and summed up (see `_article_step`
    # and `_join`), so what they read of it is worked out once.

    @property
    def count(self) -> int:
        if self._count is None:
            self._count = sum(self.forms.values()) + sum(self.short.values())
        return self._count

    def evidence(self) -> ArticleEvidence:
        """The record's labels and cues, as the vote adds them up."""
        if self._evidence is None:
            self._evidence = article_evidence(self.labels, self.cues)
        return self._evidence


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
        self._records_per_article = PerId(_article_step)
        self._steady_records = _SteadyRecords()
        self._groups_of: Inverted = Inverted()
        self._views = PerId(_view)
        # Votes of groups of records (without and with the corpus's given names) and their
        # summaries, remembered between calls like the records themselves.
        self._votes_alone = PerId(_vote_records)
        self._votes_with_given = PerId(_vote_records)
        self._summaries_of_groups = PerId(_summary)
        # Steps 3 and 4 across the whole corpus, redone only when a group or its vote changed.
        self._given_names = Unchanged(_first_names)
        self._joined = Unchanged(self._join_surnames_in_corpus)
        # The same two groups make the same joined group as last call, so a full name that
        # absorbed its surname keeps its records, and its vote is remembered.
        self._joined_groups = PerId(_join, parts=2)
        self._votes_of_joined = PerId(_vote_records)
        self._drafts = PerId(_draft, parts=5)
        self._tagged_keys = PerId(_keys_of_article)
        self._spellings = _Spellings()
        self._found_counts = PerId(_found_in)
        self._found_of: Inverted = Inverted()
        self._counts_with_found = PerId(_with_found, parts=2)
        self._entities = PerId(_entity, parts=2)

    def resolve(
        self,
        mentions: Sequence[Sequence[Mention]],
        rules: EditorRules,
        texts: Sequence[str] = (),
        ids: Sequence[float] | None = None,
    ) -> Resolution:
        """Resolve the mentions of every article (in article order) into corpus entities.

        `texts` are the articles' texts, for steps 5 and 7; without them those steps are
        skipped. Articles are known by number: `ids`, increasing and kept by each article
        from call to call (`memo.Numbering`), or their positions.
        """
        ids = range(len(mentions)) if ids is None else ids
        lowercase_words = self._text.lowercase_words(texts, ids if texts else None)
        fingerprint = rules.fingerprint()
        records = self._steady_records(
            ids, self._records_per_article(ids, list(map(tuple, mentions)), rules, fingerprint)
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
        votes = self._votes_alone(people, [groups[key].records for key in people], None, None)
        given = self._given_names(people, (votes,), None, None)
        votes = self._votes_with_given(keys, list(map(_RECORDS, groups.values())), given, given)
        views = list(groups.values())
        groups, kinds = self._joined(keys, (views, votes), (rules, given), (fingerprint, given))

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
        else:
            untagged = [() for _ in records]
        # The re-scan's finds add to the counts of their entities, also by difference.
        found_by_key = self._found_of(self._found_counts(ids, untagged, None, None), ids)
        counts = self._counts_with_found(
            order, (list(map(_COUNTS, drafts)), list(map(found_by_key.get, order))), None, None
        )
        entities = self._entities(order, (drafts, counts), None, None)
        return Resolution(tuple(entities), tuple(map(_GROUP, views)), untagged, ids)

    def _rescan(
        self,
        texts: Sequence[str],
        ids: Sequence[float],
        drafts: Sequence[tuple[str, str, str, tuple[str, ...], Mapping[float, int]]],
        tagged: Sequence[frozenset[str]],
        lowercase_words: Mapping[str, int],
    ) -> list[Kept]:
        """Step 7: per article, spans of known names the model did not tag there."""
        owners, index = self._spellings(drafts, lowercase_words)
        spans = self._text.find_spellings(texts, index, ids)
        return self._text.untagged_spans(spans, tagged, owners, ids)

    def _join_surnames_in_corpus(
        self,
        keys: Sequence[str],
        views_and_votes: tuple[Sequence[_GroupView], Sequence[str]],
        given: tuple[EditorRules, frozenset[str]],
    ) -> tuple[dict[str, _GroupView], dict[str, str]]:
        """The groups (by key) with surnames joined to the one full name they end, and the
        kinds of the groups, with the joined ones voted again."""
        groups = dict(zip(keys, views_and_votes[0], strict=True))
        kinds = dict(zip(keys, views_and_votes[1], strict=True))
        rules, given_names = given
        people_by_last: dict[str, list[str]] = defaultdict(list)
        names_by_last: dict[str, list[str]] = defaultdict(list)
        for key, kind in kinds.items():
            if " " in key and kind == "person":
                people_by_last[key.rsplit(" ", 1)[-1]].append(key)
            if " " in key and kind != OTHER and _could_be_person(key):
                names_by_last[key.rsplit(" ", 1)[-1]].append(key)
        joins = []  # (surname key, the full name's key)
        for key in [k for k in groups if " " not in k]:
            owners = people_by_last.get(key, [])
            if not owners and kinds[key] == "person":
                # A surname the corpus calls a person claims the one full name it could end.
                owners = names_by_last.get(key, [])
            if len(owners) != 1 or rules.is_aliased(key):
                continue
            if kinds[key] != "person" and not _may_be_surname(key, groups[key].labels):
                continue
            joins.append((key, owners[0]))
        joined = dict(groups)
        # A full name ends one surname only, so the joins are independent of each other.
        owners = [owner for _, owner in joins]
        made = self._joined_groups(
            owners,
            ([groups[owner] for owner in owners], [groups[key] for key, _ in joins]),
            None,
            None,
        )
        for (key, owner), view in zip(joins, made, strict=True):
            joined[owner] = view
            del joined[key], kinds[key]
        records = [joined[owner].records for owner in owners]
        votes = self._votes_of_joined(owners, records, given_names, given_names)
        kinds.update(zip(owners, votes, strict=True))
        return joined, kinds


@dataclass(frozen=True)
class _GroupView:
    """A group of records (article number → the article's record of the entity) and what
    every step reads of it, worked out once per group object."""

    group: Mapping[float, _Record]
    records: tuple[_Record, ...]  # in article order
    counts: Mapping[float, int]  # article number → mentions there
    total: int

    @cached_property
    def labels(self) -> _Record:
        """The labels of all its records (whether a surname may join a full name)."""
        labels: Counter[str] = Counter()
        for rec in self.records:
            labels.update(rec.labels)
        return _Record(labels=labels)


def _view(group: Mapping[float, _Record], _: None) -> _GroupView:
    counts = {index: rec.count for index, rec in group.items()}
    return _GroupView(group, tuple(group.values()), counts, sum(counts.values()))


def _found_in(spans: Kept, _: None) -> dict[str, int]:
    found: dict[str, int] = {}
    for _, _, owner, _ in spans:
        found[owner] = found.get(owner, 0) + 1
    return found


def _with_found(
    item: tuple[Mapping[float, int], Mapping[float, int] | None], _: None
) -> Mapping[float, int]:
    tagged, found = item
    if not found:
        return tagged
    counts = dict(tagged)
    for article, n in found.items():
        counts[article] = counts.get(article, 0) + n
    return counts


def _draft(
    item: tuple[str, _Summary, _GroupView, str, int], rules: EditorRules
) -> tuple[str, str, str, tuple[str, ...], Mapping[float, int]]:
    """Steps 5 and 6 for one group: (key, name, kind, spellings, mentions per article)."""
    key, summary, view, voted, lower = item
    kind = next((rules.types[k] for k in sorted(summary.keys) if k in rules.types), None)
    if kind is None:
        kind = OTHER if _is_common_word(key, view.total, lower, rules) else voted
    name = rules.canonical.get(key) or summary.name
    return (key, name, kind, summary.forms, view.counts)


def _entity(item: tuple[tuple, Mapping[float, int]], _: None) -> ResolvedEntity:
    draft, counts = item
    return ResolvedEntity(*draft[:4], counts)


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
    ) -> tuple[dict[tuple[str, ...], str], dict[str, tuple[tuple[str, ...], ...]]]:
        keys = list(map(_KEY_OF_DRAFT, drafts))
        last = self._drafts
        lower = list(map(lowercase_words.__contains__, self._words))
        if last.changed(keys, drafts) or last.gone(keys) or lower != self._lower:
            owners: dict[tuple[str, ...], str] = {}
            words = []
            for key, _, kind, forms, _ in drafts:
                if kind in KINDS:
                    for form in forms:
                        name = name_key(form)
                        if " " not in name:
                            words.append(name)
                        if _findable(name, lowercase_words):
                            # Two entities may share a spelling; the first gets its mentions.
                            owners.setdefault(rescan.spelling(form), key)
            self._words = words
            self._lower = list(map(lowercase_words.__contains__, words))
            self._made = (owners, rescan.build_index(owners))
        self._drafts = ById(keys, list(drafts))
        return self._made


def _findable(key: str, lowercase_words: Mapping[str, int]) -> bool:
    # Short spellings and ones the corpus also writes as common words would match noise.
    return len(key.replace(" ", "")) >= 3 and (" " in key or key not in lowercase_words)


_KEY_OF_DRAFT = itemgetter(0)


def _article_step(found: tuple[Mention, ...], rules: EditorRules) -> dict[str, _Record]:
    """Steps 1 and 2 for one article: its records by key, surnames joined to full names.

    Remembered between calls, so the records are never changed after this (see `_join`).
    """
    recs = _article_records(found, rules)
    _join_surnames_in_article(recs, rules)
    return recs


class _SteadyRecords:
    """Records equal to last call's of the same article (by number) become last call's
    objects.

    Re-analysing an edited article makes new records even when the edit did not touch its
    names (most edits do not): a group holding a new record is voted and summed up again,
    and a common entity's group holds thousands of records. Records are compared by value
    per key, so only the groups whose evidence really changed are redone.
    """

    def __init__(self) -> None:
        self._last: ById[dict[str, _Record]] = ById()

    def __call__(
        self, ids: Sequence[float], records: list[dict[str, _Record]]
    ) -> list[dict[str, _Record]]:
        last = self._last
        steady = list(records)
        changed = last.changed(ids, records)
        for index, old in zip(changed, last.olds(ids, changed), strict=True):
            recs = records[index]
            if old is not None:
                kept = {
                    key: old[key] if key in old and old[key].same(rec) else rec
                    for key, rec in recs.items()
                }
                same = len(kept) == len(old) and all(kept[k] is old.get(k) for k in kept)
                steady[index] = old if same else kept
        self._last = ById(ids, steady)
        return steady


def _keys_of_article(records: dict[str, _Record], _: None) -> frozenset[str]:
    # The name keys the model tagged in an article; joining surnames across the corpus
    # moves records between entities but never changes an article's keys.
    return frozenset().union(*(rec.keys for rec in records.values()))


def _article_records(found: Sequence[Mention], rules: EditorRules) -> dict[str, _Record]:
    recs: dict[str, _Record] = {}
    for mention in found:
        forms = mention.forms or ((mention.name, mention.count),)
        for form, n in forms:
            key = name_key(form)
            if not key or key in rules.blocked:
                continue
            rec = recs.setdefault(rules.target(key), _Record())
            rec.forms[form] += n
            rec.keys.add(key)
        # A mention's labels and cues go with its first surviving spelling's record.
        kept = [name_key(f) for f, _ in forms if name_key(f) and name_key(f) not in rules.blocked]
        if kept:
            rec = recs[rules.target(kept[0])]
            rec.labels.update(dict(mention.labels) or {_label_of(mention.kind): mention.count})
            rec.cues.update(dict(mention.cues))
    return recs


def _label_of(kind: str) -> str:
    return {"person": "PERSON", "organisation": "ORG", "place": "GPE"}.get(kind, "OTHER")


def _person_leaning(rec: _Record) -> bool:
    people = sum(n for label, n in rec.labels.items() if kind_of_label(label) == "person")
    return people * 2 >= sum(rec.labels.values()) or rec.cues["person"] > 0


def _may_be_surname(key: str, rec: _Record) -> bool:
    # A one-word name the model or a title calls a person, or that is no known place.
    return (
        any(kind_of_label(label) == "person" for label in rec.labels)
        or rec.cues["person"] > 0
        or place_strength(key) is Place.NONE
    )


def _join_surnames_in_article(recs: dict[str, _Record], rules: EditorRules) -> None:
    for key in [k for k in recs if " " not in k]:
        if rules.is_aliased(key) or not _may_be_surname(key, recs[key]):
            continue
        # A surname the model calls a person also claims a full name it mistyped.
        claims = _person_leaning(recs[key])
        owners = [
            k
            for k in recs
            if k.rsplit(" ", 1)[-1] == key
            and " " in k
            and (_person_leaning(recs[k]) or (claims and _could_be_person(k)))
        ]
        if len(owners) == 1:
            recs[owners[0]].absorb(recs.pop(key), as_short=True)


def _could_be_person(key: str) -> bool:
    return not set(key.split()) & ORGANISATION_WORDS and place_strength(key) is Place.NONE


def _vote_records(records: tuple[_Record, ...], given_names: frozenset[str] | None) -> str:
    full = _add_up([rec.forms or rec.short for rec in records])
    kind, _ = vote_on_evidence(
        most_common(full),
        [rec.evidence() for rec in records],
        given_names or frozenset(),
        surname_alone=any(rec.short for rec in records),
    )
    return kind


@dataclass(frozen=True)
class _Summary:
    """What a group's records say together, apart from the type."""

    name: str  # the most common full spelling (any spelling when there is no full one)
    forms: tuple[str, ...]  # every spelling (joined surnames too), most used first
    keys: frozenset[str]  # name keys of the spellings


def _summary(records: tuple[_Record, ...], _: None) -> _Summary:
    full = _add_up([rec.forms for rec in records])
    every = _add_up([rec.short for rec in records], dict(full))
    return _Summary(
        most_common(full or every),
        tuple(sorted(every, key=lambda f: (-every[f], f))),
        frozenset().union(*(rec.keys for rec in records)),
    )


def _add_up(counts: list[Mapping[str, int]], total: dict[str, int] | None = None) -> dict[str, int]:
    # Counter.update's checks cost more than the adding for the small counts of one article;
    # a group can hold thousands of them, and its changed groups are added up on every save.
    total = {} if total is None else total
    get = total.get
    for count in counts:
        for item, n in count.items():
            total[item] = get(item, 0) + n
    return total


def _first_names(
    people: Sequence[str], votes: tuple[Sequence[str]], _: None, at_least: int = 2
) -> frozenset[str]:
    """The given names learnt from the corpus: `people` are its multi-word names, `votes`
    their kinds voted without given names."""
    # A first word shared by several people, and by at least twice as many people as other
    # names, is a given name (one "Nick" the model calls an organisation keeps "Nick").
    first: dict[str, Counter[str]] = defaultdict(Counter)
    for key, kind in zip(people, votes[0], strict=True):
        words = key.split()
        if len(words) > 1 and len(words[0]) > 1:
            first[words[0]][kind] += 1
    return frozenset(
        word
        for word, seen in first.items()
        if seen["person"] >= at_least
        and seen["person"] >= 2 * (sum(seen.values()) - seen["person"])
    )


def _join(pair: tuple[_GroupView, _GroupView], _: None) -> _GroupView:
    full, surname = pair
    group = dict(full.group)
    for index, rec in surname.group.items():
        # A new record: the article's own records are remembered for the next call.
        joined = _Record()
        if index in full.group:
            joined.absorb(full.group[index], as_short=False)
        joined.absorb(rec, as_short=True)
        group[index] = joined
    return _view(group, None)


def _is_common_word(key: str, mentions: int, lower: int, rules: EditorRules) -> bool:
    """Whether a group is a common word the model capitalised: a one-word key the corpus
    writes in lower case (`lower` times) at least as often as the group's `mentions`."""
    if " " in key or rules.is_aliased(key):
        return False
    return lower >= mentions
