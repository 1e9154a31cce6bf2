"""Screenshot a run's artifact as the Prefect UI shows it, in headless Chromium.

    PREFECT_API_URL=http://127.0.0.1:4200/api .venv/bin/python scripts/screenshot_artifact.py \
        [--key nightly-summary] [--out nightly-summary.png] [--dom page.html] [--height 1200]

Needs a Prefect server with at least one run that published the artifact, and Debian's
`chromium` (`apt-get install chromium`). The newest artifact with the key is shown. ``--dom``
also saves the page as the browser built it (``chromium --dump-dom``), to check its text.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

import requests


def newest_artifact(api_url: str, key: str) -> dict:
    """The newest artifact with ``key`` (``/artifacts/{key}/latest`` answers its collection, not it)."""
    response = requests.post(f"{api_url}/artifacts/filter", timeout=10, json={
        "artifacts": {"key": {"any_": [key]}}, "sort": "CREATED_DESC", "limit": 1})
    response.raise_for_status()
    found = response.json()
    if not found:
        raise requests.RequestException(f"no artifact with key {key!r}")
    return found[0]


# Virtual-time budgets (ms) of the tries: the UI renders the artifact once the API has answered,
# which a busy machine can delay past the first budget; each try loads the page afresh.
BUDGETS_MS = (15000, 30000, 60000)
NEARLY_BLANK = 0.95  # share of the commonest colour above which a capture is taken again
# Shown by the UI under an artifact once its data has loaded (markdown, table, image, link alike).
RENDERED_MARK = "Show raw data"


def _headless(chromium: str, url: str, *action: str, height: int = 1200,
              budget_ms: int = BUDGETS_MS[0]) -> subprocess.CompletedProcess:
    # The flags the machine's notes give for a closed network: no background calls out. The
    # virtual-time budget lets the UI's scripts fetch the artifact and render it before the capture.
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", f"--window-size=1400,{height}", f"--virtual-time-budget={budget_ms}",
             *action, url],
            check=True, capture_output=True, timeout=60 + 3 * budget_ms / 1000)


def expected_texts(artifact: dict) -> list[str]:
    """Texts the page shows once it has rendered this artifact: the UI's mark, and a markdown's first heading."""
    texts = [RENDERED_MARK]
    if artifact.get("type") == "markdown":
        first = next((line for line in str(artifact.get("data") or "").splitlines() if line.strip()), "")
        heading = first.lstrip("#").strip()
        if first.startswith("#") and re.fullmatch(r"[\w .:-]+", heading):  # plain text: the DOM shows it as is
            texts.append(heading)
    return texts


def capture(url: str, out: str, chromium: str, expected: list[str], height: int = 1200) -> str | None:
    """Screenshot the page to ``out`` and return its HTML, from one load that shows every expected text.

    None if no try within BUDGETS_MS rendered them (the last try's PNG is left for a look).
    """
    for budget_ms in BUDGETS_MS:
        page = _headless(chromium, url, f"--screenshot={os.path.abspath(out)}", "--dump-dom", height=height,
                         budget_ms=budget_ms).stdout.decode("utf-8", "replace")
        # the DOM and the picture are taken one after the other: a loaded page can still be captured blank
        if all(text in page for text in expected) and not _nearly_blank(out):
            return page
    return None


def _nearly_blank(png: str) -> bool:
    """True when one colour covers nearly all of the picture (a frame captured before the page painted)."""
    import numpy as np
    from matplotlib.image import imread

    pixels = imread(png)
    flat = (pixels.reshape(-1, pixels.shape[2]) * 255).astype(np.uint8)
    _, counts = np.unique(flat, axis=0, return_counts=True)
    return counts.max() / counts.sum() > NEARLY_BLANK


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--key", default="nightly-summary", help="the artifact key")
    parser.add_argument("--out", default=None, help="PNG file (default: <key>.png)")
    parser.add_argument("--dom", default=None, help="also save the rendered page's HTML to this file")
    parser.add_argument("--height", type=int, default=1200, help="window height in pixels (the width is 1400)")
    args = parser.parse_args(argv)
    api_url = os.environ.get("PREFECT_API_URL", "http://127.0.0.1:4200/api").rstrip("/")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("error: no chromium on PATH (apt-get install chromium)", file=sys.stderr)
        return 2
    try:
        artifact = newest_artifact(api_url, args.key)
    except requests.RequestException as exc:
        print(f"error: no artifact {args.key!r} at {api_url}: {exc}", file=sys.stderr)
        return 2
    ui_url = f"{api_url.removesuffix('/api')}/artifacts/artifact/{artifact['id']}"
    out = args.out or f"{args.key}.png"
    page = capture(ui_url, out, chromium, expected_texts(artifact), args.height)
    if page is None:
        print(f"error: {ui_url} did not show the artifact within {BUDGETS_MS[-1] / 1000:.0f} s of virtual time "
              f"(the last try's picture is {out})", file=sys.stderr)
        return 3
    print(f"{ui_url} -> {out}")
    if args.dom:
        with open(args.dom, "w", encoding="utf-8") as saved:
            saved.write(page)
        print(f"{ui_url} -> {args.dom}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
