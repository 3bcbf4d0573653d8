#!/bin/sh
# The `acklint-prebuilt` pre-commit hook (.pre-commit-hooks.yaml): runs the released acklint binary of the
# version this revision of the repository declares, so that no Rust toolchain and no build are needed. The
# binary is downloaded once per version by install.sh (checksum verified) into acklint's cache folder, and
# every later run uses it from there.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
# The package's own version: the first `version = "…"` line of Cargo.toml, in [package] (CRLF line ends, as
# a Windows checkout may have, removed first).
version=$(tr -d '\r' <"$here/../Cargo.toml" | sed -n 's/^version = "\([^"]*\)"$/\1/p' | head -n 1)
[ -n "$version" ] || {
  echo "acklint-prebuilt: no version in $here/../Cargo.toml" >&2
  exit 2
}

cache=${ACKLINT_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:?HOME is not set}/.cache}/acklint}/v$version
for binary in "$cache/acklint" "$cache/acklint.exe"; do
  [ -x "$binary" ] && exec "$binary" "$@"
done

status=0
sh "$here/install.sh" --version "v$version" --to "$cache" || status=$?
if [ "$status" = 3 ]; then
  echo "acklint-prebuilt: acklint v$version has no released binary for this platform: use the \`acklint\` hook, which builds it with Rust" >&2
fi
[ "$status" = 0 ] || exit "$status"
for binary in "$cache/acklint" "$cache/acklint.exe"; do
  [ -x "$binary" ] && exec "$binary" "$@"
done
echo "acklint-prebuilt: install.sh succeeded but left no acklint in $cache" >&2
exit 1
