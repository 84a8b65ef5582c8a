#!/usr/bin/env bash
# `just bench-peers`, without just: dateline timex, chrono-node and
# dateparser on the TBAQ documents of ../shared/data (or $DATELINE_DATA),
# side by side. Installs the peers into target/peers/ first.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 bench/peers/run.py --check-data
bash bench/peers/install.sh target/peers
cargo build --release --locked --quiet
cargo build --release --locked --quiet -p dateline-temporal --example peers
python3 bench/peers/run.py "$@"
