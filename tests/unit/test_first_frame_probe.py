"""The first-frame switch the release workflow uses on every runner must work on Windows too,
which has neither ``/proc`` nor the ``resource`` module (the frame report once crashed there)."""

from __future__ import annotations

import builtins
import sys

from openup_desktop import benchmark_probe


def test_memory_is_reported_as_zero_where_nothing_can_measure_it(monkeypatch):
    real_open = builtins.open

    def no_proc(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).startswith("/proc/"):
            raise FileNotFoundError(path)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", no_proc)
    monkeypatch.setitem(sys.modules, "resource", None)  # import resource -> ImportError
    assert benchmark_probe.resident_memory_kib() == 0


def test_memory_is_measured_here():
    assert benchmark_probe.resident_memory_kib() > 0
