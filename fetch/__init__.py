"""Polite HTTP fetching and the raw snapshot archive. Never imports warehouse, flows or Prefect."""

from fetch.archive import Archive, ArchivedBody, CorruptBody
from fetch.http import Attempt, Fetcher, FetchPolicy, FetchResult

__all__ = ["Archive", "ArchivedBody", "Attempt", "CorruptBody", "FetchPolicy", "FetchResult", "Fetcher"]
