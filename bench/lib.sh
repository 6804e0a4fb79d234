# Shared by the scripts in bench/: start an app, wait until it is ready, read its memory.
# Sourced, not run.

bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app_jar="${BACKSTOP_JAR:-$bench_root/backstop-app/target/backstop.jar}"
floor_jar="$bench_root/bench/floor/target/floor.jar"
results="$bench_root/bench/results"
mkdir -p "$results"

# The JVM settings the launcher uses when JAVA_OPTS is not set (kept in one place: ./backstop).
launcher_opts() {
	sed -n 's/^default_java_opts="\(.*\)"$/\1/p' "$bench_root/backstop"
}

# Builds the app jar (and the floor's) when missing or asked to (BENCH_BUILD=1).
build_jars() {
	if [ ! -f "$app_jar" ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
		(cd "$bench_root" && ./mvnw -B -q -DskipTests -Dmaven.test.skip=true \
			-Dspring-javaformat.validate.skip=true -pl backstop-app -am install) >&2
	fi
	if [ ! -f "$floor_jar" ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
		(cd "$bench_root" && ./mvnw -B -q -DskipTests -Dspring-javaformat.validate.skip=true \
			-f bench/floor/pom.xml package) >&2
	fi
}

now_ms() { date +%s%3N; }

# start_app NAME JAR PORT "JVM OPTIONS" [app arguments...]: starts in the background on a
# fresh data folder; sets app_pid and app_started (ms). Logs to $results/NAME.log.
start_app() {
	local name="$1" jar="$2" port="$3" opts="$4"
	shift 4
	local data
	data="$(mktemp -d)"
	app_data="$data"
	app_started=$(now_ms)
	# shellcheck disable=SC2086
	BACKSTOP_DATA_DIR="$data" FLOOR_DATA_DIR="$data" java $opts -jar "$jar" "$@" --server.port="$port" \
		>"$results/$name.log" 2>&1 &
	app_pid=$!
}

# wait_ready PORT PATH: polls until the path answers 200 (every 50 ms, 5 minutes at most);
# prints the milliseconds since start_app.
wait_ready() {
	local port="$1" path="$2" i
	for i in $(seq 6000); do
		if curl -fs -o /dev/null "http://127.0.0.1:$port$path"; then
			echo $(($(now_ms) - app_started))
			return 0
		fi
		kill -0 "$app_pid" 2>/dev/null || { echo "the app stopped; see its log" >&2; return 1; }
		sleep 0.05
	done
	echo "not ready after 5 minutes" >&2
	return 1
}

# Resident memory of a process, MiB.
rss_mib() {
	awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"
}

# Heap in use after a full collection, MiB (jcmd GC.run, then the used heap).
heap_after_gc_mib() {
	jcmd "$1" GC.run >/dev/null 2>&1
	jcmd "$1" GC.heap_info 2>/dev/null | awk '
		/total [0-9]+K, used [0-9]+K/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K,?", "", v); s += v } }
		END { printf "%d", s / 1024 }'
}

# heap_committed_mib PID: the heap the JVM has taken from the system (young and old
# generations' "total"), which the serial collector grows up to -Xmx and seldom gives back.
heap_committed_mib() {
	jcmd "$1" GC.heap_info 2>/dev/null | awk '
		/total [0-9]+K, used [0-9]+K/ { for (i = 1; i <= NF; i++) if ($i == "total") { v = $(i + 1); sub("K,?", "", v); s += v } }
		END { printf "%d", s / 1024 }'
}

stop_app() {
	kill "$1" 2>/dev/null
	wait "$1" 2>/dev/null || true
}

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

machine() {
	echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
}

# The CSRF token of a page's forms (the cookie's token, masked).
csrf_of() { sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1; }
# The Backstop cookies of a curl cookie jar, as a Cookie header.
cookies_of() { awk '$6 ~ /^BACKSTOP_/ { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$1"; }

# visitor_cookie BASE JAR: an anonymous visitor with a result (bench/load/assessment.json
# pasted on /plan/input), as a Cookie header.
visitor_cookie() {
	local base="$1" jar="$2" token
	token=$(curl -fs -c "$jar" -b "$jar" "$base/plan/input" | csrf_of)
	curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "input@$bench_root/bench/load/assessment.json" \
		--data-urlencode "_csrf=$token" "$base/plan/input"
	cookies_of "$jar"
}

bench_email="bench@example.org"
bench_password="granite harbour lantern 42"
# App arguments for a benchmark run: rate limits off, and a first administrator who
# signs in for the diary.
bench_app_args=(serve --backstop.rate-limits.enabled=false --backstop.admin.email="$bench_email"
	--backstop.admin.password="$bench_password")

# person_cookie BASE JAR FORM: signs the benchmark's person in, writes the diary's quick
# log form (with its CSRF token) to FORM and prints the Cookie header.
person_cookie() {
	local base="$1" jar="$2" form="$3" token
	token=$(curl -fs -c "$jar" -b "$jar" "$base/sign-in" | csrf_of)
	curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$bench_email" \
		--data-urlencode "password=$bench_password" --data-urlencode "_csrf=$token" "$base/sign-in"
	token=$(curl -fs -c "$jar" -b "$jar" "$base/account/diary" | csrf_of)
	printf 'pain=5&timeZone=UTC&_csrf=%s' "$token" >"$form"
	cookies_of "$jar"
}

# app_mix BASE DIR: writes DIR/mix, the mixed traffic of the soak and footprint runs (every
# page and API call of bench/load/run, and the static file), for load/mixed.lua.
app_mix() {
	local base="$1" dir="$2" visitor person json="$bench_root/bench/load/assessment.json"
	visitor="$(visitor_cookie "$base" "$dir/visitor.jar")"
	person="$(person_cookie "$base" "$dir/person.jar" "$dir/quick.form")"
	visitor="${visitor// /}"
	person="${person// /}"
	cat >"$dir/mix" <<MIX
POST /api/v1/assessments - $json
POST /api/v1/plans - $json
GET /
GET /assess?step=1
GET /assess?step=2
GET /assess?step=3
GET /assess?step=4
GET /assess?step=5
GET /assess?step=6
GET /assess/result $visitor
GET /plan $visitor
GET /library
GET /library/massage
GET /api/v1/fhir/Questionnaire/nrs
POST /account/diary/quick $person $dir/quick.form
GET /css/backstop.css
MIX
}
