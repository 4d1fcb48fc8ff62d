#!/usr/bin/env bash
# Build the one-folder bundle dist/minutes-app/ with PyInstaller, in a venv of its own.
# Usage: packaging/build_bundle.sh [VENV]   (default: .venv-bundle in the checkout)
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${1:-.venv-bundle}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
rm -rf build dist/minutes-app  # a stale setuptools build/ would put old files into the install
"$venv/bin/pip" install -q '.[postgresql]' 'pyinstaller>=6.10'
"$venv/bin/pip" install -q --no-deps --force-reinstall .  # the app as it is now, even at the same version
rm -rf build ./*.egg-info
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN --workpath build/pyinstaller --distpath dist packaging/minutes-app.spec
rm -rf build
echo "bundle: $(pwd)/dist/minutes-app ($(du -sh dist/minutes-app | cut -f1))"
