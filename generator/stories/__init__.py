"""Stories: the same event told by several outlets (and its copies) becomes one story.

    from generator.stories import StoryGrouper, StoryInput, StorySettings

    grouper = StoryGrouper(StorySettings())
    stories = grouper.group(inputs)      # cold; call again after a change: only it is redone
    title = grouper.headline(stories.stories[0])

Importing this package loads numpy (which the build has loaded already) and nothing else
heavy: the stemmers and the word-frequency lists come with the first article grouped.
See docs/stories.md.
"""

from generator.stories.group import StoryGrouper, group_stories
from generator.stories.model import Stories, Story, StoryInput
from generator.stories.settings import StorySettings

__all__ = ["Stories", "Story", "StoryGrouper", "StoryInput", "StorySettings", "group_stories"]
