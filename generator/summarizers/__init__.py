"""The project's own sumy summariser for news (`news`) and its parts.

`news.NewsSummarizer` ranks and selects sentences; `filters` says which sentences are not
summary material; `redundancy` says when a sentence repeats the ones already chosen;
`sentences` mends the sentence splitter's mistakes and `captions` cuts photo captions off
the sentence they were glued to, both before ranking; `tidy`
removes photo references and wire datelines from the chosen sentences. `generator.summarize`
puts them together.
"""
