#!/usr/bin/env bash
# The national batch benchmark: the generated national dataset (60,000 people, 60,000 contracts, 150,000 slots,
# 99 territories) imported into a fresh database, then `batch run --all --budget BUDGET` with PARALLEL territories
# at once. Prints the command's wall time, its peak resident memory, the peak heap (from the GC log, garbage
# included) and, from the run itself, every territory and the hours against the baseline by size class.
#
#   docs/benchmarks/national-batch.sh [PARALLEL=2] [BUDGET=15m]
#
# Database: SPRING_DATASOURCE_URL when set (the database must be empty: create one, e.g.
# `createdb -h 127.0.0.1 -U postgres national`), otherwise an embedded PostgreSQL in a fresh folder under /tmp.
# Run from the repository's root after `./mvnw -B package -DskipTests`.
set -euo pipefail
parallel="${1:-2}"
budget="${2:-15m}"
jar=target/clausematch.jar
work=$(mktemp -d /tmp/clausematch-national.XXXXXX)
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -B package -DskipTests" >&2; exit 2; }
if [ -z "${SPRING_DATASOURCE_URL:-}" ]; then
  export CLAUSEMATCH_EMBEDDED_DB_DATA_DIRECTORY="$work/pgdata"
fi

java -jar "$jar" generate --candidates 60000 --contracts 60000 --slots 150000 --seed 7 --profile france --out "$work/dataset"
java -Xmx4g -jar "$jar" import "$work/dataset" 2>&1 | grep -v ' WARN ' | tail -1
/usr/bin/time -v -o "$work/time.txt" java -Xmx4g -Xlog:gc:file="$work/gc.log" -Dclausematch.batch.parallel="$parallel" \
  -jar "$jar" batch run --all --budget "$budget" 2>&1 | grep -v ' WARN ' | tee "$work/run.txt" | grep -v '^[0-9AB]*  terminé'
echo "--- parallel $parallel, budget $budget, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E 'Elapsed \(wall|Maximum resident' "$work/time.txt" | sed 's/^\s*//'
grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$work/gc.log" | awk -F'[M>(-]' '{ if ($1 > peak) peak = $1 } END { print "peak heap (before a collection): " peak " MB" }'
echo "territories below their baseline: $(awk '/  terminé  / && $5 + 0 < $8 + 0' "$work/run.txt" | wc -l)"
echo "(files kept in $work)"
