"""Editions (issue 19): the daily and weekly digest, as pages and as a newsletter.

* `items`: `EditionItem`, what an edition lists, and `items_from_site`, the one place that
  makes the items from the site (articles today, stories once they are built);
* `periods`: days and ISO weeks in the configured time zone;
* `plan`: `EditionPlanner`, which items each edition lists, in order of weight;
* `mail`: the e-mail as a MIME message (`digest edition --format eml`);
* `command`: `digest edition`.

The pages themselves are planned in `generator.render.pages.editions` and rendered from the
theme's `edition.html`, `editions.html`, `editions-atom.xml`, `edition-email.html` and
`edition-email.txt`. This package imports nothing at import time: the configuration reads
`periods` while it is itself being imported.
"""
