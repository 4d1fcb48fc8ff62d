"""Progress reporting and cancellation for long exports."""

from __future__ import annotations

from collections.abc import Callable

from minutes_app.domain.errors import ExportError

ProgressCallback = Callable[[int, int], bool]


class ExportCancelled(ExportError):  # noqa: N818 - names what the person did; it is not a fault
    """The person cancelled the export; nothing was written and any old file is intact."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled")


class Progress:
    """Counts work done and asks `callback(done, total)` every `every` steps whether to go on."""

    def __init__(self, total: int, callback: ProgressCallback | None, every: int = 100) -> None:
        self.total = total
        self.done = 0
        self._callback = callback
        self._every = max(1, every)

    def step(self, count: int = 1) -> None:
        """Record `count` more steps; raise ExportCancelled when the callback says stop."""
        before = self.done
        self.done += count
        if self._callback is not None and (self.done // self._every != before // self._every):
            self._ask()

    def finish(self) -> None:
        """Report completion (the last chance to cancel before the file is written)."""
        self.done = self.total
        if self._callback is not None:
            self._ask()

    def _ask(self) -> None:
        if self._callback is not None and self._callback(self.done, self.total) is False:
            raise ExportCancelled()
