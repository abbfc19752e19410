"""A warm build process: `digest build --keep-warm MINUTES` (or `[build] keep_warm`).

A new `digest build` process spends most of a one-article edit becoming what `digest serve`
already is: it loads spaCy's model and rebuilds the whole corpus's objects from the saved
state before it redoes one article's share (docs/performance.md). With `keep_warm`, the
first build starts a process of its own (`python -m generator.warm`, `server.py`) and hands
it its run over a socket on 127.0.0.1 (`client.py`); that process runs the build exactly as
`digest build` does (the same pipeline, the output swapped in whole, the state saved),
sends back the report, and then waits up to `keep_warm` minutes for the next build with
every stage's memory and the models loaded, as Gradle's daemon or mypy's `dmypy` do. Only
the same site's builds use it: its address and secret are in the cache folder
(`warm.json`, readable by its owner only), its output in `warm.log` there.

It is trusted only while nothing changed under it but the content and templates its runs
look at themselves (`protocol.Request`): it steps aside (answers so and exits; the build
then starts a new one, which starts from the saved state as any new process does) when the
code or the settings changed, when the build asks for another `--strict`, `--jobs` or
`--scheduler`, when the saved state is no longer the one its last run saved (another
build, `digest serve`), when the output folder is no longer the site it wrote, and after
any run that failed. A build that finds nothing changed answers from the saved state
without it, as without `keep_warm`.
"""
