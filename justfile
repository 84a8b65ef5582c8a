# dateline's recipes. Each one runs the same plain cargo command the README
# gives, so nothing here is needed on a fresh machine.

# List the recipes.
default:
    @just --list

# Run dateline, e.g. `just run parse fixtures/articles/00-syria-call.txt`.
run *ARGS:
    cargo run --release --quiet -- {{ARGS}}

# Run every test (the README's test command).
test:
    cargo test --workspace --locked

# Run the tests and review changed snapshots (needs cargo-insta).
snap:
    cargo insta test --workspace --review

# Format the code.
fmt:
    cargo fmt --all

# Lint with clippy; warnings are errors.
lint:
    cargo clippy --workspace --all-targets --locked -- -D warnings

# Build the API docs.
doc:
    RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked

# Run the speed benchmarks.
bench:
    cargo bench --workspace --locked

# Run every evaluation harness.
eval: eval-sentences eval-timex eval-events eval-timeline

# Score the temporal tagger on TempEval-3 (TimeBank + AQUAINT in ../shared/data); --meantime scores it on MEANTIME.
eval-timex *ARGS:
    cargo run --release --quiet -p dateline-temporal --example tempeval -- {{ARGS}}

# Score event detection and status on MEANTIME (../shared/data); --errors lists status errors.
eval-events *ARGS:
    cargo run --release --quiet -p dateline-events --example meantime -- {{ARGS}}

# Score cross-document timelines on SemEval-2015 Task 4 over MEANTIME (../shared/data).
eval-timeline:
    cargo run --release --quiet -p dateline-timeline --example semeval

# A timeline over 10,000 generated articles (~50 MB of JSON Lines) on 2 threads: time and peak memory.
bench-timeline:
    cargo build --release --locked
    cargo run --release --quiet -p dateline-timeline --example corpus -- 10000 target/corpus-10k.jsonl
    /usr/bin/time -f "%e s, peak %M KB" target/release/dateline timeline target/corpus-10k.jsonl --jobs 2 --format json > /dev/null

# Score the diff's sentence alignment on the version fixtures (`--facts` lists their facts).
eval-diff *ARGS:
    cargo run --release --quiet -p dateline-diff --example versions -- {{ARGS}}

# Diff speed: dateline against Python's difflib on the version fixtures, then alignment, the whole pipeline and the 1 MB worst cases.
bench-diff *ARGS:
    bash bench/diff/bench.sh {{ARGS}}

# dateline timex, chrono-node and dateparser on TBAQ (../shared/data): speed, peak memory, value F1; installs the peers into target/peers.
bench-peers *ARGS:
    bash bench/peers/bench.sh {{ARGS}}

# Stream a generated 1 GB JSON Lines corpus through `dateline events`, one thread and every core: throughput and peak memory.
bench-stream *ARGS:
    cargo build --release --locked
    python3 bench/stream.py {{ARGS}}

# Score the sentence splitter against sentencex and UAX #29 on the news cases.
eval-sentences:
    cargo run --release --quiet -p dateline-article --example sentences

# Run a fuzz target (needs `cargo install cargo-fuzz`), e.g. `just fuzz tag 1800`.
fuzz TARGET SECONDS="60":
    cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run {{TARGET}} -- -max_total_time={{SECONDS}} -max_len=4096

# Everything CI runs.
ci:
    bash .ci/run
