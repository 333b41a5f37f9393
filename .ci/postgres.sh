# Starts Debian's PostgreSQL on a private socket/port in a throwaway cluster and exports TEST_DATABASE_URL.
start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then
    echo "ci: PostgreSQL binaries not found; server tests run on PGlite only" >&2
    return 0
  fi
  local dir=/tmp/ghidanh-ci-pg
  rm -rf "$dir" && mkdir -p "$dir" && chown postgres "$dir"
  su postgres -c "$bin/initdb -D $dir/data -A trust -U postgres >/dev/null"
  su postgres -c "$bin/pg_ctl -D $dir/data -o '-p 55432 -k $dir -c listen_addresses=127.0.0.1' -l $dir/log -w start >/dev/null"
  psql -h 127.0.0.1 -p 55432 -U postgres -qc 'CREATE DATABASE ghidanh_test' >/dev/null
  export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:55432/ghidanh_test
  trap "su postgres -c '$bin/pg_ctl -D $dir/data -m fast stop' >/dev/null 2>&1 || true" EXIT
  echo "ci: PostgreSQL running for server tests ($TEST_DATABASE_URL)"
}
