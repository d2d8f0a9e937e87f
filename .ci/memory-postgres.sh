# Sourced by .ci/run: a PostgreSQL cluster of the tests' own, in memory, from the machine's
# PostgreSQL binaries, and DB_PORT pointing at it.
#
# Why: Medusa's test runner gives every test a fresh copy of its suite's database
# (CREATE DATABASE … TEMPLATE, about 1,500 files). On this machine's disk each copy costs
# about 2 s of kernel time creating files; on tmpfs about 0.15 s. With some 700 backend
# tests that is most of the suites' time. Same server, same version, only the disk differs.
#
# The cluster stays for the next run until the machine restarts (it holds the seeded
# template of the sources last tested). Without root or the binaries the machine's own
# server on 5432 is used, as on a developer's machine.

MEMORY_PG_PORT="${MEMORY_PG_PORT:-5433}"
MEMORY_PG_DIR="${MEMORY_PG_DIR:-/dev/shm/pasar-desa-test-postgres}"

memory_postgres() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ "$(id -u)" != 0 ] || [ -z "$bin" ] || [ ! -d /dev/shm ]; then
    echo "No in-memory cluster (needs root and the machine's PostgreSQL binaries): the tests use port ${DB_PORT:-5432}."
    return 0
  fi
  local as_postgres=(runuser -u postgres --)
  if [ -f "$MEMORY_PG_DIR/PG_VERSION" ] && [ "$(cat "$MEMORY_PG_DIR/PG_VERSION")" != "$(basename "$(dirname "$bin")")" ]; then
    rm -rf "$MEMORY_PG_DIR"
  fi
  if [ ! -f "$MEMORY_PG_DIR/PG_VERSION" ]; then
    rm -rf "$MEMORY_PG_DIR"
    mkdir -p "$MEMORY_PG_DIR"
    chown postgres "$MEMORY_PG_DIR"
    "${as_postgres[@]}" "$bin/initdb" -D "$MEMORY_PG_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! "${as_postgres[@]}" "$bin/pg_ctl" -D "$MEMORY_PG_DIR" status >/dev/null 2>&1; then
    # Nothing here outlives the machine anyway, so nothing is flushed to a disk.
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$MEMORY_PG_DIR" -l "$MEMORY_PG_DIR/server.log" -w start \
      -o "-p $MEMORY_PG_PORT -c listen_addresses=localhost -c unix_socket_directories=/tmp -c max_connections=200 -c shared_buffers=256MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
  fi
  export DB_PORT="$MEMORY_PG_PORT"
  pg_isready -h 127.0.0.1 -p "$DB_PORT"
}
