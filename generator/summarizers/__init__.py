"""The project's own sumy summariser for news (`news`) and its parts.

`news.NewsSummarizer` ranks sentences; `filters` says which sentences are not summary
material; `redundancy` says when a sentence repeats the ones already chosen.
"""
