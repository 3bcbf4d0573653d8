#!/usr/bin/env bash
# Times acklint against the tools teams would use instead, on the same files and the same (acklint's own) schema:
#   - check-jsonschema (PyPI), a JSON Schema validator CLI;
#   - jsonschema-cli (crates.io), the CLI of the `jsonschema` crate, which checks structure only.
#
#   scripts/bench-cli.sh [N] [WORKLOAD]
#
#   N         files per workload, default 10000
#   WORKLOAD  `mixed`: half of the files valid, half with three mistakes each;
#             `heavy`: every file is benches/bodies/legacy.json (about 18 findings, mostly deprecations), and
#             acklint runs once per output format to show time and peak memory of each;
#             `all` (default): both.
#
# Installs the peers into a temporary folder, prints a table per workload (wall time, files/s, peak memory,
# ratios) and removes everything it created.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
workload="${2:-all}"
case "$workload" in mixed | heavy | all) ;; *) echo "unknown workload: $workload" >&2; exit 2 ;; esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building acklint (release)…" >&2
cargo build --release --quiet
acklint="$PWD/target/release/acklint"

# Already installed peers can be reused: CHECK_JSONSCHEMA=/path/to/check-jsonschema JSONSCHEMA_CLI=/path/to/jsonschema-cli
if [ "$n" -gt 50000 ]; then
  CHECK_JSONSCHEMA=- JSONSCHEMA_CLI=-
fi
if [ -z "${CHECK_JSONSCHEMA:-}" ]; then
  echo "installing check-jsonschema into $work…" >&2
  python3 -m venv "$work/venv" >/dev/null
  "$work/venv/bin/pip" install --quiet check-jsonschema
  CHECK_JSONSCHEMA="$work/venv/bin/check-jsonschema"
fi
if [ -z "${JSONSCHEMA_CLI:-}" ]; then
  echo "installing jsonschema-cli into $work (a few minutes of compiling)…" >&2
  cargo install --quiet --locked --root "$work/cargo" jsonschema-cli
  JSONSCHEMA_CLI="$work/cargo/bin/jsonschema-cli"
fi
schema="$PWD/schema/createcluster.schema.json"

generate_mixed() { # folder
  python3 - "$n" "$1" <<'PY'
import json, sys, copy
n, out = int(sys.argv[1]), sys.argv[2]
base = json.load(open("examples/managed-terway.json"))
for i in range(n):
    body = copy.deepcopy(base)
    body["name"] = f"cluster-{i}"
    pool = body["nodepools"][0]
    body["nodepools"] = []
    for p in range(3):
        q = copy.deepcopy(pool)
        q["nodepool_info"]["name"] = f"pool-{p}"
        body["nodepools"].append(q)
    if i % 2:
        # typical mistakes: a quoted integer, an overlap-free but unknown key, a bad enum
        body["nodepools"][0]["scaling_group"]["system_disk_size"] = "120"
        body["vpc_id"] = body["vpcid"]
        body["proxy_mode"] = "IPVS"
    json.dump(body, open(f"{out}/body-{i:06}.json", "w"), indent=2)
PY
}

generate_heavy() { # folder: the legacy body, renamed in each file
  python3 - "$n" "$1" <<'PY'
import json, sys
n, out = int(sys.argv[1]), sys.argv[2]
body = json.load(open("benches/bodies/legacy.json"))
for i in range(n):
    body["name"] = f"legacy-{i}"
    with open(f"{out}/body-{i:06}.json", "w") as f:
        f.write(json.dumps(body, indent=2, ensure_ascii=False) + "\n")
PY
}

measure() { # results file, name, command...: wall seconds and peak resident memory (KiB) of the command
  local results="$1" name="$2"; shift 2
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  read -r wall mem < <(tail -1 "$work/time")
  printf '%s\t%s\t%s\n' "$name" "$wall" "$mem" >> "$results"
}

table() { # results file: the first row is the reference of the ratio column
  python3 - "$1" "$n" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
n = int(sys.argv[2])
ours = float(rows[0][1]) or 0.01
print(f"{'tool':<26} {'wall s':>8} {'files/s':>9} {'peak MB':>8} {'time vs first':>14}")
for name, wall, mem in rows:
    wall = float(wall)
    rate = f"{n / wall:>9.0f}" if wall > 0 else f"{'-':>9}"
    print(f"{name:<26} {wall:>8.2f} {rate} {int(mem) / 1024:>8.1f} {wall / ours:>13.2f}x")
PY
}

run_peers() { # results file, files...
  local results="$1"; shift
  # The peers take every file on their command line, which would not fit for a very large N.
  if [ "$n" -gt 50000 ]; then
    echo "(peers skipped above 50000 files: their command line would be too long)" >&2
    return
  fi
  measure "$results" jsonschema-cli "$JSONSCHEMA_CLI" validate --output flag --offline "$schema" -i "$@"
  measure "$results" check-jsonschema "$CHECK_JSONSCHEMA" --schemafile "$schema" "$@"
}

header() { # folder
  echo
  echo "$1: $n files ($(du -sh "$2" | cut -f1)), $(nproc) cores, $(uname -m); acklint $("$acklint" --version | cut -d' ' -f2)"
}

if [ "$workload" != heavy ]; then
  echo "generating $n files (mixed)…" >&2
  mkdir -p "$work/mixed"
  generate_mixed "$work/mixed"
  files=("$work"/mixed/*.json)
  measure "$work/mixed.tsv" acklint "$acklint" check --quiet --format concise "$work/mixed"
  run_peers "$work/mixed.tsv" "${files[@]}"
  header "mixed (half with three mistakes)" "$work/mixed"
  table "$work/mixed.tsv"
fi

if [ "$workload" != mixed ]; then
  echo "generating $n files (findings-heavy)…" >&2
  mkdir -p "$work/heavy"
  generate_heavy "$work/heavy"
  files=("$work"/heavy/*.json)
  for format in concise json human sarif github junit gitlab; do
    measure "$work/heavy.tsv" "acklint --format $format" "$acklint" check --quiet --format "$format" "$work/heavy"
  done
  run_peers "$work/heavy.tsv" "${files[@]}"
  header "findings-heavy (legacy body, ~18 findings each)" "$work/heavy"
  table "$work/heavy.tsv"
fi
