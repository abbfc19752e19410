"""Text helpers shared by the stages: slugs, sentence and word splitting, language names, and
the normal forms of names (`names.name_key`) that the analysis and the link stage compare."""
