# Shared by the bench/compare-*.sh scripts (sourced, not run). Expects $PY (the venv's python),
# $VENV, $BUILD (1 to build concord) and $BIN (the concord binary) to be set.

# Creates the benchmark's virtual environment when it is missing.
ensure_venv() {
    if [[ ! -x "$PY" ]]; then
        echo "== creating $VENV"
        mkdir -p target
        python3 -m venv "$VENV"
    fi
}

# Builds concord in release mode unless --no-build was given, and checks the binary is there.
build_concord() {
    if [[ "$BUILD" == 1 ]]; then
        echo "== cargo build --release -p concord"
        cargo build --release -p concord
    fi
    [[ -x "$BIN" ]] || { echo "$BIN missing (build it, or drop --no-build)" >&2; exit 2; }
}

# The figures are only meaningful on an otherwise idle machine: flag compilers and any other
# process that used more than a quarter of a core over the last second.
BUSY=0
check_idle() {
    local others busy
    others=0
    for name in cargo rustc rust-lld cc1 cc1plus ld clippy-driver; do
        others=$((others + $(pgrep -x "$name" 2>/dev/null | wc -l || true)))
    done
    busy="$("$PY" - "$$" <<'EOF'
import os, sys, time
me = {int(sys.argv[1]), os.getpid(), os.getppid()}
def sample():
    out = {}
    for p in os.listdir("/proc"):
        if not p.isdigit():
            continue
        try:
            with open(f"/proc/{p}/stat") as f:
                s = f.read()
        except OSError:
            continue
        comm = s[s.index("(") + 1:s.rindex(")")]
        fields = s[s.rindex(")") + 2:].split()
        out[int(p)] = (comm, int(fields[11]) + int(fields[12]))
    return out
a = sample(); time.sleep(1.0); b = sample()
hz = os.sysconf("SC_CLK_TCK")
hot = [f"{c} (pid {p}, {100 * (t - a[p][1]) / hz:.0f}% CPU)" for p, (c, t) in b.items()
       if p in a and p not in me and (t - a[p][1]) / hz > 0.25]
print(", ".join(hot))
EOF
)"
    if [[ "$others" -gt 0 || -n "$busy" ]]; then
        echo "WARNING: machine busy $1 ($others compiler/cargo process(es)${busy:+; busy: $busy}); timings are disturbed" >&2
        BUSY=1
    fi
}
