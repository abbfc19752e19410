"""The project's own sumy summariser for news (`news`) and its parts.

`news.NewsSummarizer` ranks and selects sentences; `filters` says which sentences are not
summary material; `redundancy` says when a sentence repeats the ones already chosen;
`captions` cuts photo captions off the sentence they were glued to, before ranking; `tidy`
removes photo references and wire datelines from the chosen sentences. `generator.summarize`
puts them together.
"""
