#!/usr/bin/env bash
# Installs the peers `just bench-peers` compares dateline with, pinned, into
# target/peers/ (or the folder given): chrono-node from npm as
# package-lock.json pins it, and dateparser from PyPI into a venv as
# requirements.txt pins it. Does nothing for a peer already installed from
# the same pins.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
dest="${1:-target/peers}"

for tool in node npm python3; do
    if ! command -v "$tool" > /dev/null; then
        echo "bench-peers: $tool is not installed (needs Node.js with npm, and Python 3 with venv)" >&2
        exit 2
    fi
done

mkdir -p "$dest/node"
if ! cmp -s "$here/package-lock.json" "$dest/node/.installed-lock.json"; then
    echo "== npm ci: chrono-node into $dest/node"
    cp "$here/package.json" "$here/package-lock.json" "$dest/node/"
    (cd "$dest/node" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$here/package-lock.json" "$dest/node/.installed-lock.json"
fi

if ! cmp -s "$here/requirements.txt" "$dest/venv/.installed-requirements.txt"; then
    echo "== pip install: dateparser into $dest/venv"
    rm -rf "$dest/venv"
    python3 -m venv "$dest/venv"
    # Every package is pinned in requirements.txt, so none is resolved here.
    "$dest/venv/bin/pip" install --quiet --disable-pip-version-check --no-deps \
        -r "$here/requirements.txt"
    "$dest/venv/bin/pip" check --disable-pip-version-check > /dev/null
    cp "$here/requirements.txt" "$dest/venv/.installed-requirements.txt"
fi
