#!/usr/bin/env bash
# Install the browser that tests/test_browser.py drives: Debian's Chromium, from Debian's packages,
# with fonts for the screenshots (text and the quiz's emoji marks).
# Idempotent: does nothing when they are already there. The test never downloads a browser.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
PACKAGES=(chromium fonts-dejavu-core fonts-noto-color-emoji)
EMOJI_FONT=/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf

if [[ -x "$CHROMIUM" && -f "$EMOJI_FONT" ]]; then
    exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
    if [[ -x "$CHROMIUM" ]]; then  # the emoji font only makes screenshots prettier
        echo "Note: fonts-noto-color-emoji is not installed; screenshots show boxes for emoji." >&2
        exit 0
    fi
    cat >&2 <<'MSG'
The browser test (tests/test_browser.py) needs Debian's Chromium at /usr/bin/chromium.
Install it once, as root:
    sudo apt-get update && sudo apt-get install -y chromium fonts-dejavu-core fonts-noto-color-emoji
(Outside CI the test is skipped while Chromium is missing; with CI=true it fails.)
MSG
    exit 1
fi

if ! command -v apt-get > /dev/null; then
    echo "No apt-get here: install Chromium with your system's package manager so that $CHROMIUM exists." >&2
    exit 1
fi

echo "Installing Debian's ${PACKAGES[*]} for the browser test (once; about a minute)..."
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! { apt-get update -q && apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"; } > "$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "Installing chromium failed (see apt's messages above)." >&2
    exit 1
fi
rm -f "$log"
"$CHROMIUM" --version 2> /dev/null
