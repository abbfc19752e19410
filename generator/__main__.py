"""`python -m generator` is the `digest` command."""

from generator.cli import run

run()
