# syntax=docker/dockerfile:1
# acklint in a container, for CI systems that run one:
#   docker build -t acklint .
#   docker run --rm -v "$PWD:/work" acklint check --format concise clusters/
# The image holds the static (musl) binary and nothing else: no shell, no package manager, a few megabytes.

# Alpine's Rust (musl-dev and gcc included) builds for musl, statically linked by default. Pinned to a minor
# version so that rebuilding a release gives the same compiler; raise it with the toolchain.
FROM rust:1.95-alpine AS build
WORKDIR /src
COPY . .
# Cache mounts keep the registry and the build folder between builds; the binary is copied out of them.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bin acklint \
    && cp target/release/acklint /acklint \
    && /acklint --version

FROM scratch
COPY --from=build /acklint /acklint
COPY LICENSE-MIT LICENSE-APACHE /licenses/
# Not root. To let `--fix` rewrite mounted files, run with `--user "$(id -u):$(id -g)"`.
USER 65532:65532
WORKDIR /work
ENTRYPOINT ["/acklint"]
CMD ["check", "."]
