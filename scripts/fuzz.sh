#!/usr/bin/env bash
# Fuzzes acklint with cargo-fuzz (libFuzzer) on the installed stable toolchain.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     default 600
#
# Seeds: the shipped examples, every rule fixture file (most are short merge patches; the base bodies in
# tests/rules/_base/ are whole), the reference example and the acklint.toml fixtures.
# Crashes land in fuzz/artifacts/<target>/; turn each into a regression fixture under tests/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"

command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
# cargo-fuzz passes -Z flags (sanitizer, coverage); stable rustc accepts them with RUSTC_BOOTSTRAP.
export RUSTC_BOOTSTRAP=1

mkdir -p fuzz/corpus/lint fuzz/corpus/config
find examples tests/rules tests/fixtures -name '*.json' -o -name '*.jsonc' | while read -r f; do
  cp "$f" "fuzz/corpus/lint/$(echo "$f" | tr '/' '_')"
done
find tests/rules -name acklint.toml | while read -r f; do cp "$f" "fuzz/corpus/config/$(echo "$f" | tr '/' '_')"; done
printf '[rules]\nselect = ["network"]\nignore = ["LIF"]\nseverity = { NET001 = "warning" }\nfail-on = "warning"\n[network]\nvpc-cidr = "10.0.0.0/8"\nvswitch-cidrs = { "vsw-a" = "10.1.0.0/24" }\n[[ignore]]\nfiles = "*.json"\npointer = "/service_cidr"\nrules = ["NET001"]\nreason = "r"\nexpires = "2030-01-01"\n' > fuzz/corpus/config/full.toml

for target in lint config; do
  echo "== fuzzing $target for ${seconds}s"
  cargo fuzz run --fuzz-dir fuzz "$target" "fuzz/corpus/$target" -- -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 2>&1 | grep -E "^#[0-9]+ +(INITED|DONE)|^stat::|^Done|ERROR|panicked|SUMMARY" | tail -n 20
done
