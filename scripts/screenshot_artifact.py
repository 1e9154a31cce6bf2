"""Screenshot a run's artifact as the Prefect UI shows it, in headless Chromium.

    PREFECT_API_URL=http://127.0.0.1:4200/api .venv/bin/python scripts/screenshot_artifact.py \
        [--key nightly-summary] [--out nightly-summary.png]

Needs a Prefect server with at least one run that published the artifact, and Debian's
`chromium` (`apt-get install chromium`). The newest artifact with the key is shown.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

import requests


def artifact_id(api_url: str, key: str) -> str:
    """The newest artifact with ``key`` (``/artifacts/{key}/latest`` answers its collection, not it)."""
    response = requests.post(f"{api_url}/artifacts/filter", timeout=10, json={
        "artifacts": {"key": {"any_": [key]}}, "sort": "CREATED_DESC", "limit": 1})
    response.raise_for_status()
    found = response.json()
    if not found:
        raise requests.RequestException(f"no artifact with key {key!r}")
    return found[0]["id"]


def screenshot(url: str, out: str, chromium: str) -> None:
    # The flags the machine's notes give for a closed network: no background calls out.
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--window-size=1400,1200", "--virtual-time-budget=15000",
             f"--screenshot={os.path.abspath(out)}", url],
            check=True, capture_output=True, timeout=120)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--key", default="nightly-summary", help="the artifact key")
    parser.add_argument("--out", default=None, help="PNG file (default: <key>.png)")
    args = parser.parse_args(argv)
    api_url = os.environ.get("PREFECT_API_URL", "http://127.0.0.1:4200/api").rstrip("/")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("error: no chromium on PATH (apt-get install chromium)", file=sys.stderr)
        return 2
    try:
        found = artifact_id(api_url, args.key)
    except requests.RequestException as exc:
        print(f"error: no artifact {args.key!r} at {api_url}: {exc}", file=sys.stderr)
        return 2
    ui_url = f"{api_url.removesuffix('/api')}/artifacts/artifact/{found}"
    out = args.out or f"{args.key}.png"
    screenshot(ui_url, out, chromium)
    print(f"{ui_url} -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
