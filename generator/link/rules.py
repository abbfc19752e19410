"""Editor rules from `[entities]` in digest.toml: aliases, type overrides and a blocklist.

Rules match names the way mentions meet (`name_key`: case, accents and punctuation
ignored), so "ISIS" in the file also catches "Isis" and "I.S.I.S." in the text.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field

from generator.config import EntitiesSection
from generator.text.names import name_key


@dataclass(frozen=True)
class EditorRules:
    """The `[entities]` rules, keyed by name key."""

    # alias key (and the canonical name's own key) → the canonical name
    canonical: Mapping[str, str] = field(default_factory=dict)
    types: Mapping[str, str] = field(default_factory=dict)  # name key → kind
    blocked: frozenset[str] = frozenset()

    def target(self, key: str) -> str:
        """The key a name with this key is filed under: its canonical name's, if aliased."""
        name = self.canonical.get(key)
        return name_key(name) if name else key

    def is_aliased(self, key: str) -> bool:
        """Whether an editor rule says which entity this key belongs to."""
        return key in self.canonical

    def fingerprint(self) -> Hashable:
        """A hashable value equal for equal rules (for remembering results made with them)."""
        return (
            tuple(sorted(self.canonical.items())),
            tuple(sorted(self.types.items())),
            self.blocked,
        )


def editor_rules(section: EntitiesSection) -> tuple[EditorRules, list[str]]:
    """The rules of one `[entities]` section and the conflicts found in it (as messages)."""
    canonical: dict[str, str] = {}
    conflicts = []
    for name, aliases in section.aliases.items():
        for alias in (name, *aliases):
            key = name_key(alias)
            if not key:
                conflicts.append(f"entities.aliases.{name}: {alias!r} is not a name")
            elif canonical.get(key, name) != name:
                conflicts.append(
                    f"entities.aliases.{name}: {alias!r} is already an alias of "
                    f"{canonical[key]!r}; it stays there"
                )
            else:
                canonical[key] = name
    types = {name_key(name): kind for name, kind in section.types.items()}
    blocked = frozenset(name_key(name) for name in section.blocklist)
    return EditorRules(canonical, types, blocked), conflicts
