"""`python -m generator.evaluate KIND PATH [options]`."""

from __future__ import annotations

import argparse
import importlib
import sys

EVALUATIONS = {
    "summaries": "generator.evaluate.summaries",
    "entities": "generator.evaluate.entities",
    "stories": "generator.evaluate.stories",
    "tagpages": "generator.evaluate.tagpages",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.evaluate")
    kinds = parser.add_subparsers(title="evaluations", required=True, metavar="KIND")
    for name, module_name in EVALUATIONS.items():
        module = importlib.import_module(module_name)
        sub = kinds.add_parser(name, help=(module.__doc__ or "").strip().splitlines()[0])
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
