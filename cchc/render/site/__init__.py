"""`cchc site`: the status as a static web site, one folder of HTML, CSS and a little script.

- `charts.py`: where bars, lines and ticks go (tested numbers); the SVG is a template.
- `build.py`: every page of the site as bytes, keyed by its path; pure, same input same bytes.

Writing the folder is `cchc/write/site.py`'s (the only I/O of the site).

Templates are in `cchc/templates/site/`, rendered by Jinja2 with autoescaping: no HTML is
built by joining strings, and every text from the data is escaped.
"""
