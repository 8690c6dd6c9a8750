"""Per-query limits on time, memory and result size, for ``polkg serve`` and ``polkg query``.

Why processes: a query runs inside Oxigraph's Rust code, which no Python thread can interrupt, and
one cross join can take gigabytes in seconds. So every query runs in a worker process that
pebble (a well-kept process-pool library) kills past the time limit; the worker's address space is
capped with ``RLIMIT_AS`` at what it held after opening the store plus ``max_memory``, so an
allocation past the cap fails inside the worker (Oxigraph then aborts it, Python raises
MemoryError) and nothing else on the machine notices; results are written through a writer that
stops at ``max_result_bytes``.
"""

from __future__ import annotations

import faulthandler
import io
import multiprocessing
import os
import resource
import signal
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any

from polkg.errors import PolkgError

__all__ = [
    "Limits",
    "LimitExceeded",
    "CappedWriter",
    "formatted_query",
    "limit_memory",
    "run_limited",
    "stopped_message",
]

MB = 2**20


@dataclass(frozen=True)
class Limits:
    """What one query may take: ``timeout`` seconds, ``max_memory`` and ``max_result`` MB."""

    timeout: float = 30.0
    max_memory: int = 1024
    max_result: int = 64

    def time_message(self) -> str:
        return (
            f"query stopped: it ran longer than the {self.timeout:g} s limit "
            "(narrow it down or add a LIMIT)"
        )

    def memory_message(self) -> str:
        return (
            f"query stopped: it needed more than the {self.max_memory} MB memory limit "
            "(narrow it down, add a LIMIT or drop an ORDER BY)"
        )

    def result_message(self) -> str:
        return (
            f"query stopped: its result is larger than the {self.max_result} MB limit (add a LIMIT)"
        )


class LimitExceeded(PolkgError):
    """A query stopped by one of its limits (the message names which)."""


class ResultTooLarge(Exception):
    """Raised by :class:`CappedWriter` past its cap."""


class CappedWriter(io.BytesIO):
    """A bytes sink that refuses to grow past ``cap`` bytes (``over`` tells it happened)."""

    def __init__(self, cap: int) -> None:
        super().__init__()
        self.cap = cap
        self.over = False

    def write(self, data: Any) -> int:
        if self.tell() + len(data) > self.cap:
            self.over = True
            raise ResultTooLarge(f"result larger than {self.cap} bytes")
        return super().write(data)


def _address_space() -> int:
    """This process's current virtual memory size in bytes (Linux ``/proc``), 0 if unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def limit_memory(max_memory_mb: int) -> None:
    """Cap this process's address space at its present size plus ``max_memory_mb``."""
    if max_memory_mb <= 0:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = _address_space() + max_memory_mb * MB
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _settle_child() -> None:
    faulthandler.disable()
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # stopped at once, not after 3 s
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def died_of_memory(exitcode: int | None) -> bool:
    """A worker that aborted (Rust's allocation-failure handler) or raised MemoryError."""
    return exitcode in (-signal.SIGABRT, 134)


def stopped_message(limits: Limits, exitcode: int | None) -> str:
    if died_of_memory(exitcode):
        return limits.memory_message()
    return f"query worker crashed (exit code {exitcode}); the query was not answered"


def _limited_call(function: Any, args: tuple[Any, ...], limits: Limits) -> Any:
    try:
        return function(*args)
    except MemoryError:
        raise LimitExceeded(limits.memory_message()) from None
    except ResultTooLarge:
        raise LimitExceeded(limits.result_message()) from None
    except PolkgError as error:
        raise PolkgError(str(error)) from None  # subclasses with other arguments do not pickle


def formatted_query(
    store_path: str, sparql: str, params: dict[str, str], fmt: str, limits: Limits
) -> str:
    """``polkg query``'s work, done in the limited child: the results as text in ``fmt``."""
    from polkg.store.results import format_results
    from polkg.store.store import Store

    store = Store(store_path)
    store._open()  # the store's own threads and caches are not the query's memory
    limit_memory(limits.max_memory)
    _settle_child()  # Oxigraph's allocation-failure report: the parent says it in one line
    text = format_results(store.query(sparql, params), fmt)
    if len(text.encode("utf-8")) > limits.max_result * MB:
        raise ResultTooLarge(limits.result_message())
    return text


def run_limited(function: Any, args: tuple[Any, ...], limits: Limits) -> Any:
    """``function(*args)`` in a forked child stopped past ``limits.timeout``; LimitExceeded when
    a limit is hit (``function`` sets its own memory limit with :func:`limit_memory`, once its
    fixed costs are paid). ``function`` and its result must pickle.
    """
    import pebble

    pool = pebble.ProcessPool(max_workers=1, context=multiprocessing.get_context("fork"))
    try:
        future = pool.schedule(_limited_call, args=(function, args, limits), timeout=limits.timeout)
        try:
            return future.result()
        except FutureTimeout:
            raise LimitExceeded(limits.time_message()) from None
        except pebble.ProcessExpired as error:
            raise LimitExceeded(stopped_message(limits, error.exitcode)) from None
    finally:
        pool.stop()
        pool.join()
