#!/usr/bin/env bash
# Brings the translators' files up to date with the code, keeping every translation made:
#   src/pfp_desktop/locale/{fr,es}/LC_MESSAGES/pfp.po   the packs' and pages' words (Babel)
#   resources/translations/pfp_{fr,es}.ts                the window's (pyside6-lupdate)
# (resources/translations/pfp_en.ts, the English plural forms, is kept by hand: lupdate does not
# see the plural of a QCoreApplication.translate call.)
# New strings then show as untranslated (tests/test_locale.py and tests/ui/test_translations.py
# say which); translate them (Qt Linguist: .venv/bin/pyside6-linguist, or any .po editor), and
# scripts/translations_build.py compiles (bootstrap.sh runs it).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin=$root/.venv/bin
locale=$root/src/pfp_desktop/locale
template=$(mktemp --suffix=.pot)
trap 'rm -f "$template"' EXIT

"$bin/pybabel" -q extract --no-default-keywords -k _ -k N_ -k ngettext:1,2 --no-location \
  --sort-output -o "$template" "$root/src/pfp_desktop"
for lang in fr es; do
  "$bin/pybabel" -q update --no-fuzzy-matching --ignore-obsolete --no-wrap \
    --ignore-pot-creation-date -i "$template" -d "$locale" -D pfp -l "$lang"
done

mapfile -t sources < <(find "$root/src/pfp_desktop/ui" -name '*.py' | LC_ALL=C sort)
ts=$root/resources/translations
for lang in fr es; do
  before=$(mktemp --suffix=.ts)
  cp "$ts/pfp_$lang.ts" "$before"
  "$bin/pyside6-lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$ts/pfp_$lang.ts"
  "$bin/python" "$root/scripts/ts_plurals.py" "$before" "$ts/pfp_$lang.ts"
  rm -f "$before"
done
