#!/bin/sh
# Installs a released acklint binary without a Rust toolchain: picks the archive built for this machine,
# checks it against the release's SHA-256 file, and puts `acklint` into a folder. The README's one-line
# install, the GitHub Action (action.yml) and the `acklint-prebuilt` pre-commit hook all run this script, so
# there is one way to fetch a release, tested by tests/install_script.rs.
#
#   sh install.sh [--version latest|vX.Y.Z] [--to DIR] [--target TRIPLE]
#
# Environment (the flags win): ACKLINT_VERSION (default latest), ACKLINT_INSTALL_DIR (default ~/.local/bin),
# ACKLINT_TARGET (default: detected), ACKLINT_RELEASES_URL (default the repository's releases page; a test or
# a mirror points it at a folder served over HTTP or at a file:// URL laid out the same way).
#
# Exit status: 0 installed; 1 failed (download, checksum, archive, the binary does not run); 2 bad usage;
# 3 no release archive exists for this version and platform (the Action then builds from source).
set -eu

# The one place the install script names the repository (Cargo.toml's binstall metadata and the README
# name it too; tests/install_script.rs keeps the three the same).
default_releases_url=https://github.com/acklint/acklint/releases

say() { printf 'acklint-install: %s\n' "$*" >&2; }
fail() {
  say "$1"
  exit "${2:-1}"
}

version=${ACKLINT_VERSION:-latest}
install_dir=${ACKLINT_INSTALL_DIR:-}
target=${ACKLINT_TARGET:-}
releases_url=${ACKLINT_RELEASES_URL:-$default_releases_url}

while [ $# -gt 0 ]; do
  case $1 in
    --version) [ $# -ge 2 ] || fail "--version needs a value" 2; version=$2; shift 2 ;;
    --to) [ $# -ge 2 ] || fail "--to needs a folder" 2; install_dir=$2; shift 2 ;;
    --target) [ $# -ge 2 ] || fail "--target needs a target triple" 2; target=$2; shift 2 ;;
    -h | --help)
      echo "usage: install.sh [--version latest|vX.Y.Z] [--to DIR] [--target TRIPLE]"
      echo "installs a released acklint binary, checked against the release's SHA-256 file"
      exit 0
      ;;
    *) fail "unknown argument \`$1\` (see --help)" 2 ;;
  esac
done

default_dir=false
if [ -z "$install_dir" ]; then
  install_dir=${HOME:?HOME is not set: name a folder with --to}/.local/bin
  default_dir=true
fi

# `0.3.1` and `v0.3.1` name the same release; tags carry the `v`.
case $version in
  latest | v*) ;;
  [0-9]*) version=v$version ;;
  *) fail "version \`$version\` is neither \`latest\` nor a release number such as v0.3.1" 2 ;;
esac

# The release workflow (.github/workflows/release.yml) builds exactly these targets.
detect_target() {
  os=$(uname -s)
  arch=$(uname -m)
  case $arch in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=aarch64 ;;
  esac
  case $os in
    Linux) echo "$arch-unknown-linux-musl" ;;
    Darwin) echo "$arch-apple-darwin" ;;
    MINGW* | MSYS* | CYGWIN* | Windows_NT) echo "$arch-pc-windows-msvc" ;;
    *) echo "$arch-$os" ;;
  esac
}
[ -n "$target" ] || target=$(detect_target)

case $target in
  *-windows-*) archive_ext=zip exe=.exe ;;
  *) archive_ext=tar.gz exe= ;;
esac
asset=acklint-$target.$archive_ext
if [ "$version" = latest ]; then
  asset_url=$releases_url/latest/download/$asset
else
  asset_url=$releases_url/download/$version/$asset
fi

# download URL FILE: 0 saved, 3 the server has no such file, 1 anything else.
download() {
  if command -v curl >/dev/null 2>&1; then
    curl_status=0
    http_code=$(curl --silent --show-error --location --retry 2 --output "$2" --write-out '%{http_code}' "$1") ||
      curl_status=$?
    case $curl_status:$http_code in
      0:2?? | 0:000) return 0 ;; # 000: a file:// URL has no HTTP status
      0:404 | 37:*) return 3 ;;  # 37: no such file behind a file:// URL
      0:*) say "$1 answered HTTP $http_code"; return 1 ;;
      *) say "could not download $1 (curl exit status $curl_status)"; return 1 ;;
    esac
  elif command -v wget >/dev/null 2>&1; then
    wget_status=0
    wget --quiet --output-document="$2" "$1" || wget_status=$?
    case $wget_status in
      0) return 0 ;;
      8) return 3 ;; # the server answered with an error status: most likely 404
      *) say "could not download $1 (wget exit status $wget_status)"; return 1 ;;
    esac
  else
    say "neither curl nor wget is installed"
    return 1
  fi
}

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1" | cut -d ' ' -f 1
  elif command -v shasum >/dev/null 2>&1; then
    shasum -a 256 "$1" | cut -d ' ' -f 1
  elif command -v openssl >/dev/null 2>&1; then
    openssl dgst -sha256 -r "$1" | cut -d ' ' -f 1
  else
    fail "no sha256sum, shasum or openssl to verify the download with: not installing an unverified binary"
  fi
}

work=$(mktemp -d 2>/dev/null || mktemp -d -t acklint-install)
trap 'rm -rf "$work"' EXIT INT TERM

say "downloading $asset_url"
status=0
download "$asset_url" "$work/$asset" || status=$?
if [ "$status" = 3 ]; then
  fail "no release archive \`$asset\` for version $version (not found at $asset_url): either there is no such release, or it has no binary for $target (releases have them for x86_64 and aarch64 Linux, x86_64 and arm64 macOS, x86_64 Windows); build acklint from source with cargo instead" 3
fi
[ "$status" = 0 ] || fail "the download failed"

status=0
download "$asset_url.sha256" "$work/$asset.sha256" || status=$?
[ "$status" = 0 ] || fail "the release has no readable checksum file $asset_url.sha256: not installing an unverified binary"
expected=$(tr -d '\r' <"$work/$asset.sha256" | awk 'NR == 1 { print tolower($1) }')
case $expected in
  *[!0-9a-f]* | '') fail "$asset.sha256 does not start with a SHA-256 digest" ;;
esac
[ ${#expected} = 64 ] || fail "$asset.sha256 does not start with a SHA-256 digest"
actual=$(sha256_of "$work/$asset")
if [ "$actual" != "$expected" ]; then
  fail "checksum mismatch for $asset: the release says $expected, the download is $actual; not installing it (retry, and report it if it persists)"
fi

mkdir "$work/unpacked"
case $archive_ext in
  tar.gz) tar -xzf "$work/$asset" -C "$work/unpacked" || fail "could not unpack $asset" ;;
  zip)
    if command -v unzip >/dev/null 2>&1; then
      unzip -q "$work/$asset" -d "$work/unpacked" || fail "could not unpack $asset"
    else
      # Git for Windows' shell has PowerShell, whose paths are Windows paths.
      powershell.exe -NoProfile -Command \
        "Expand-Archive -LiteralPath '$(cygpath -w "$work/$asset")' -DestinationPath '$(cygpath -w "$work/unpacked")'" ||
        fail "could not unpack $asset (no unzip, and PowerShell's Expand-Archive failed)"
    fi
    ;;
esac
binary=$work/unpacked/acklint-$target/acklint$exe
[ -f "$binary" ] || fail "$asset holds no acklint-$target/acklint$exe"

# Copy, then rename: a running acklint, or one that a parallel pre-commit hook process is installing into
# the same folder, never sees half a file.
mkdir -p "$install_dir" || fail "could not create $install_dir"
partial=$install_dir/.acklint-$$.partial
cp "$binary" "$partial" || fail "could not write to $install_dir"
chmod 755 "$partial"
mv -f "$partial" "$install_dir/acklint$exe"

installed_version=$("$install_dir/acklint$exe" --version 2>&1) ||
  fail "the installed $install_dir/acklint$exe does not run: $installed_version"
installed_version=$(printf '%s\n' "$installed_version" | head -n 1)
say "installed $installed_version ($target) as $install_dir/acklint$exe"
# A folder named with --to is the caller's business (the Action and the pre-commit hook name theirs).
if [ "$default_dir" = true ]; then
  case :${PATH:-}: in
    *":$install_dir:"*) ;;
    *) say "$install_dir is not on PATH: add it, or run $install_dir/acklint$exe" ;;
  esac
fi
