"""Evaluation commands: `python -m generator.evaluate summaries|entities PATH`.

Each evaluation is a module with `add_arguments(parser)` and `run(args) -> int`; they
measure exactly what the build does, on JSON Lines files anyone can point them at.
"""
