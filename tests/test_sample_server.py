import requests

from reliefledger.sample_server import load_nights


def test_every_night_serves_existing_files():
    nights = load_nights()
    assert len(nights) >= 3
    for files in nights.values():
        assert all(path.is_file() for path in files.values())


def test_server_answers_robots_etag_and_304(sample_server):
    url = sample_server.url + "/news/gaza-live.txt"
    assert "Allow: /" in requests.get(sample_server.url + "/robots.txt", timeout=5).text
    first = requests.get(url, timeout=5)
    assert first.status_code == 200 and "Ministry of Health" in first.text
    again = requests.get(url, headers={"If-None-Match": first.headers["ETag"]}, timeout=5)
    assert again.status_code == 304 and again.content == b""
    sample_server.night = 2
    changed = requests.get(url, headers={"If-None-Match": first.headers["ETag"]}, timeout=5)
    assert changed.status_code == 200 and changed.text != first.text
    assert requests.get(sample_server.url + "/nothing-here", timeout=5).status_code == 404
