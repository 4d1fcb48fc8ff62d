#!/usr/bin/env bash
# Smoke checks of an installed app, run from an empty folder outside the checkout, as an officer would.
# Usage: .ci/smoke_installed.sh BINDIR   (BINDIR holds minutes-app and minutes-app-gui: a venv's bin, or the bundle's folder)
set -euo pipefail
bin="$(cd "$1" && pwd)"
cli="$bin/minutes-app"
gui="$bin/minutes-app-gui"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
# No display here, and the person's own settings are never touched.
export QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/share"

check_docx() {  # FILE LANGUAGE_TAG: a Word package whose styles carry the language
  python3 - "$1" "$2" <<'PY'
import sys, zipfile
path, tag = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(path) as z:
    assert z.testzip() is None, f"{path}: damaged"
    assert len(z.read("word/document.xml")) > 2000, f"{path}: almost empty"
    assert f'w:val="{tag}"'.encode() in z.read("word/styles.xml"), f"{path}: not in {tag}"
PY
}

"$cli" --version
"$cli" --data-dir data demo
for pair in az:az-Latn-AZ ru:ru-RU en:en-GB; do
  lang="${pair%%:*}"
  "$cli" --data-dir data export-docx --lang "$lang" 1 "minutes-$lang.docx"
  check_docx "minutes-$lang.docx" "${pair#*:}"
done
"$cli" --data-dir data report --lang az report.docx && check_docx report.docx az-Latn-AZ
"$cli" --data-dir data briefing --lang ru RU briefing.docx && check_docx briefing.docx ru-RU
# The GUI launcher, with both forms of the option: icon, Azerbaijani and Russian catalogues, main window.
"$gui" --data-dir data --self-check az
"$gui" --data-dir="$work/data" --self-check ru
# No display: one line a person can act on and exit status 2, not Qt's abort.
status=0
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb "$gui" --data-dir data 2>no-display.txt || status=$?
[ "$status" = 2 ] && [ "$(wc -l <no-display.txt)" = 1 ] && grep -q "DISPLAY is not set" no-display.txt \
  || { echo "no-display start: exit $status, said: $(cat no-display.txt)" >&2; exit 1; }
echo "smoke checks passed: $bin"
