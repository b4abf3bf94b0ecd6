"""Stories from a feed: candidate pairs by MinHash LSH, confirmed by tf-idf
similarity and time, grouped without chaining, then each story briefed by the pipeline."""

from newsbrief.stories.cluster import StoryIndex
from newsbrief.config import StoryConfig
from newsbrief.stories.feed import Feed, read_feed
from newsbrief.stories.run import StoriesReport, brief_story, find_stories, run_stories

__all__ = ["Feed", "StoriesReport", "StoryConfig", "StoryIndex", "brief_story", "find_stories", "read_feed", "run_stories"]
