"""Stories: the same event told by several outlets (and its copies) becomes one story.

    from generator.stories import StoryGrouper, StoryInput, StorySettings

    grouper = StoryGrouper(StorySettings())
    stories = grouper.group(inputs)      # cold; call again after a change: only it is redone
    title = grouper.headline(stories.stories[0])

The grouping loads numpy, and the stemmers and word-frequency lists come with the first
article grouped; `StoryGrouper` and `group_stories` are imported on first use, so that a
build that groups nothing (nothing changed) does not load them. The build's stage is
`generator.stories.stage`. See docs/stories.md.
"""

from typing import TYPE_CHECKING, Any

from generator.stories.model import Stories, Story, StoryInput
from generator.stories.settings import StorySettings

if TYPE_CHECKING:
    from generator.stories.group import StoryGrouper, group_stories

__all__ = ["Stories", "Story", "StoryGrouper", "StoryInput", "StorySettings", "group_stories"]


def __getattr__(name: str) -> Any:
    if name in ("StoryGrouper", "group_stories"):
        from generator.stories import group

        return getattr(group, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
