#!/usr/bin/env bash
# Installs what Assure needs from Debian's packages, builds it, and runs the app or the tests.
#   tools/quickstart.sh run    build and start Assure on a fresh demo board
#   tools/quickstart.sh test   build and run every test (CI runs this with CI=true)
# With CI=true, test also runs the whole suite under AddressSanitizer and UndefinedBehaviorSanitizer
# (the asan preset) and each libFuzzer target briefly (the fuzz preset; ASSURE_FUZZ_SECONDS each,
# 20 by default).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 libgl-dev libvulkan-dev
    libsqlite3-dev sqlite3 libssl-dev libquazip1-qt6-dev libxlsxwriter-dev
    fonts-dejavu-core poppler-utils qpdf desktop-file-utils appstream dpkg-dev file
    libreoffice-calc-nogui  # tests: a return pack saved again by LibreOffice still imports
    clang libclang-rt-14-dev llvm
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build PRESET [TARGET...]: everything the preset builds, or just the targets named.
build() {
    local preset=$1
    shift
    cmake --preset "$preset" >/dev/null
    if [ $# -gt 0 ]; then
        cmake --build --preset "$preset" -j "$(nproc)" --target "$@"
    else
        cmake --build --preset "$preset" -j "$(nproc)"
    fi
}

# Prints how long a step took, so that CI logs show where the time goes.
timed() {
    local start=$SECONDS
    "$@"
    echo "quickstart: '$*' took $((SECONDS - start)) s"
}

case "${1:-}" in
    run)
        install_missing
        # The program alone: the tests are for the other command.
        build release assure
        exec build/release/bin/assure --demo
        ;;
    test)
        install_missing
        timed build dev
        timed ctest --preset dev
        if [ "${CI:-}" = "true" ]; then
            # CI's disk holds one debug build at a time, not three.
            rm -rf build/dev
            timed build asan
            timed ctest --preset asan
            rm -rf build/asan
            timed build fuzz
            ASSURE_FUZZ_SECONDS="${ASSURE_FUZZ_SECONDS:-20}" timed ctest --preset fuzz
        fi
        ;;
    *)
        echo "usage: $0 run|test" >&2
        exit 2
        ;;
esac
