"""Child processes whose lives are tied to ours, and work that can be stopped.

A child started with :func:`tie_to_parent` (a ``preexec_fn`` or a pool ``initializer``) is
killed by the kernel when its parent dies, even by ``kill -9`` (Linux ``PR_SET_PDEATHSIG``;
elsewhere nothing is done). :func:`run_stoppable` runs a function in a forked child that is
killed at a deadline or on Ctrl-C: the only way to stop a query running inside Oxigraph,
which never returns to Python until it is done.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from .errors import DealgraphError, TimedOut

PR_SET_PDEATHSIG = 1
T = TypeVar("T")


def tie_to_parent(parent: int) -> None:
    """In a child of ``parent``: die with it. The kernel sends the signal when the parent's thread
    that made this child ends, so children are made from threads that live as long as the process."""
    if not sys.platform.startswith("linux"):
        return
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


def _child(conn, parent: int, fn: Callable[..., Any], args: tuple) -> None:
    tie_to_parent(parent)
    try:
        conn.send((True, fn(*args)))
    except DealgraphError as exc:
        conn.send((False, exc))
    except BaseException as exc:  # noqa: BLE001 -- reported in the parent, with its type and message
        conn.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
    finally:
        conn.close()


def run_stoppable(fn: Callable[..., T], *args: Any, timeout: float | None = None, what: str = "work") -> T:
    """``fn(*args)`` in a forked child: its result (picklable), or its DealgraphError raised here.
    The child is killed after ``timeout`` seconds (:class:`TimedOut`, ``"WHAT: timed out after S s"``)
    and on Ctrl-C, which is raised here at once."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, os.getpid(), fn, args), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise TimedOut(f"{what}: timed out after {timeout:g} s")
        try:
            ok, value = receive.recv()
        except EOFError:
            raise DealgraphError(f"{what}: the worker process stopped without an answer") from None
    finally:
        child.kill()
        child.join()
        receive.close()
    if not ok:
        raise value
    return value
