#!/bin/sh
# Extract the pages' messages, update each language's catalog, and compile the .mo files that
# are committed beside them (webapp/i18n.py says why). Run from the repository root after
# changing a template's text; translate the new entries in each messages.po, then run it again.
set -eu
pybabel extract -F babel.cfg -k _ -k N_ --no-location --sort-output --omit-header \
    -o webapp/translations/messages.pot .
for locale in ja@easy en vi; do
    po="webapp/translations/$locale/LC_MESSAGES/messages.po"
    if [ -f "$po" ]; then
        pybabel update -i webapp/translations/messages.pot -d webapp/translations -l "$locale" \
            --no-fuzzy-matching --width 100
    else
        pybabel init -i webapp/translations/messages.pot -d webapp/translations -l "$locale"
    fi
done
pybabel compile -d webapp/translations --statistics
