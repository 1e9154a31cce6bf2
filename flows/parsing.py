"""Parsing a night's big sources on every core: a pool of parse worker processes, one per night.

The nightly flow fetches, archives and loads one source after another in its own process, and
parsing (pure CPU: ``parsers.parse_document``) used to run there too, on one core. A ParsePool
hands a source's new bodies to worker processes instead, while the flow archives them; the flow
still loads each source in its own transaction, in registry order, under the single-writer lock.
The nightly hands a source over from its fetch thread while it still loads the source before;
the pool takes it once that source's parses are all done (see ``ParsePool.parse``).
Results are the same records and errors as parsing in the flow (``flows.steps.parse_job`` runs
in the worker), in the same order.

- Small sources pay nothing: below ``min_documents`` new bodies a source is parsed in the flow,
  and the pool's processes are started only when the first big source comes (lazily: as soon
  as its listing says so, ``ParsePool.expect``, so they start while its bodies are fetched),
  then kept for the rest of the night and shut down with it.
- Workers are started with ``forkserver`` (never ``fork``: the flow process runs Prefect's
  threads, and a forked copy of a held lock would hang the child).
- A parser that raises fails its document only, as in the flow. A worker that dies (killed,
  out of memory, a crash in C) fails the documents it had not returned, each with the reason,
  and the pool is started again for the next source: the night's other sources never notice.
- ``RELIEFLEDGER_PARSE_WORKERS`` (or the flow's ``parse_workers``) sizes the pool; 0 turns it off.
"""

from __future__ import annotations

import concurrent.futures
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool

from flows.steps import ParseJob, ParseResult, parse_job

log = logging.getLogger(__name__)

WORKERS_ENV = "RELIEFLEDGER_PARSE_WORKERS"
MIN_DOCUMENTS_ENV = "RELIEFLEDGER_PARSE_POOL_MIN_DOCUMENTS"
# Below this many new bodies a source is parsed in the flow. Measured here: the pool gives its
# first results ~0.6 s after it is asked for (the flow itself is held ~0.1 s; the workers import
# the parsers, ~0.6 s of CPU each) and a body takes ~4 ms to parse, so a second core saves ~2 ms
# a body: about 300 bodies repay the start. Once started, the pool serves every source of this
# size for the rest of the night.
MIN_DOCUMENTS = 300
# Jobs per task sent to a worker: large enough that the pickling round trip is small next to
# parsing, small enough that both workers finish a source at about the same time.
CHUNKS_PER_WORKER = 8


def default_workers() -> int:
    """The pool's size: ``RELIEFLEDGER_PARSE_WORKERS`` if set (0: off), else one worker per core
    (none on a single core, where a worker would only compete with the flow)."""
    given = os.environ.get(WORKERS_ENV, "").strip()
    if given:
        return _count(given, WORKERS_ENV)
    cores = os.cpu_count() or 1
    return cores if cores > 1 else 0


def default_min_documents() -> int:
    given = os.environ.get(MIN_DOCUMENTS_ENV, "").strip()
    return _count(given, MIN_DOCUMENTS_ENV) if given else MIN_DOCUMENTS


def _count(text: str, name: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {text!r}") from None
    if value < 0:
        raise ValueError(f"{name} must be 0 or more, not {value}")
    return value


def _ready() -> None:
    """(In a worker) nothing more: receiving this call imported this module, and with it the parsers."""


def parse_chunk(jobs: list[ParseJob]) -> list[ParseResult]:
    """(In a worker) parse a few jobs, in order."""
    return [parse_job(job) for job in jobs]


class ParsePool:
    """``with ParsePool(workers) as pool: build_load(..., parse=pool.parse)`` — see the module's docstring.

    ``initializer`` runs once in each worker as it starts (the tests plant a crashing parser there).
    """

    def __init__(self, workers: int | None = None, min_documents: int | None = None,
                 initializer: Callable[[], None] | None = None) -> None:
        self.workers = default_workers() if workers is None else workers
        self.min_documents = default_min_documents() if min_documents is None else min_documents
        if self.workers < 0 or self.min_documents < 0:
            raise ValueError(f"parse workers and min_documents must be 0 or more, not {workers}, {min_documents}")
        self.initializer = initializer
        self.starts = 0  # pools started tonight: 1, or more after a worker died
        self.pooled_documents = self.pooled_sources = 0  # sent to the workers tonight
        self._executor: concurrent.futures.ProcessPoolExecutor | None = None
        # The flow hands a source's bodies over from its fetch thread while it loads the source
        # before: the executor is started, replaced and closed under this lock.
        self._executor_lock = threading.RLock()
        self._in_flight: list[concurrent.futures.Future] = []  # the last pooled source's chunks

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        with self._executor_lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    def uses_pool_for(self, jobs: int) -> bool:
        return self.workers > 0 and jobs > 0 and jobs >= self.min_documents

    def expect(self, jobs: int) -> None:
        """A source listing ``jobs`` new items is being fetched (adapters list only items not seen
        before): if the pool will parse it, start the workers now, so that they import the parsers
        (~0.8 s of CPU each) while its bodies are fetched, not after (the first big source waited on that)."""
        if not self.uses_pool_for(jobs):
            return
        with self._executor_lock:
            if self._executor is None:
                executor = self._start()
                for _ in range(self.workers):
                    executor.submit(_ready)  # each starts a worker: none is idle yet

    def parse(self, jobs: list[ParseJob]) -> Callable[[], list[ParseResult]]:
        """Start parsing ``jobs``: on the workers if there are enough of them, else in this process
        when collected. Returns ``collect()``, which gives the results in the jobs' order.

        A source's chunks go to the workers once the previous pooled source's have all finished
        (this waits for that, not for their collection): a worker that dies then takes only the
        documents of its own source with it, whichever thread hands sources over.
        """
        if not self.uses_pool_for(len(jobs)):
            return lambda: [parse_job(job) for job in jobs]
        size = max(1, -(-len(jobs) // (self.workers * CHUNKS_PER_WORKER)))
        chunks = [jobs[i:i + size] for i in range(0, len(jobs), size)]
        concurrent.futures.wait(self._in_flight)
        with self._executor_lock:
            try:
                executor = self._start()
                futures = [executor.submit(parse_chunk, chunk) for chunk in chunks]
            except BrokenProcessPool:  # a worker died while the pool was idle (between two sources): start again
                self._discard(executor)
                executor = self._start()
                futures = [executor.submit(parse_chunk, chunk) for chunk in chunks]
            self._in_flight = futures
            self.pooled_documents += len(jobs)
            self.pooled_sources += 1
        return lambda: self._collect(chunks, futures, executor)

    def _start(self) -> concurrent.futures.ProcessPoolExecutor:
        if self._executor is None:
            # Each worker imports the parsers itself (~0.6 s, both at once) while the flow archives
            # the bodies: preloading them in the fork server instead held the flow up for that long.
            context = multiprocessing.get_context("forkserver")
            self._executor = concurrent.futures.ProcessPoolExecutor(
                max_workers=self.workers, mp_context=context, initializer=self.initializer)
            self.starts += 1
        return self._executor

    def _collect(self, chunks: list[list[ParseJob]], futures: list[concurrent.futures.Future],
                 executor: concurrent.futures.ProcessPoolExecutor) -> list[ParseResult]:
        results: list[ParseResult] = []
        broken = False
        for chunk, future in zip(chunks, futures):
            try:
                results += future.result()
            except BrokenProcessPool as exc:  # a worker died: this chunk's parses are lost, not wrong
                broken = True
                results += [_lost(job, exc) for job in chunk]
            except Exception as exc:  # e.g. a result that would not pickle: parse it here, as before
                log.warning("parse worker could not return %d documents (%r): parsing them in the flow",
                            len(chunk), exc)
                results += [parse_job(job) for job in chunk]
        if broken:  # the next big source gets a fresh pool
            log.error("a parse worker died; %d workers will be started again for the next source", self.workers)
            self._discard(executor)
        return results

    def _discard(self, executor: concurrent.futures.ProcessPoolExecutor) -> None:
        """Shut a broken executor down; if it is still the pool's, the next source starts a fresh one."""
        with self._executor_lock:
            if self._executor is executor:
                self._executor = None
        executor.shutdown(wait=False, cancel_futures=True)


def _lost(job: ParseJob, exc: BaseException) -> ParseResult:
    return ParseResult(None, failed=True,
                       errors=[f"{job.item.url}: not parsed: a parse worker died (killed, out of memory or crashed: "
                               f"{type(exc).__name__}); fetched again next night"])
