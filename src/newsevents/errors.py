"""Exceptions raised by newsevents.

::

    NewsEventsError              base of everything newsevents raises
    ├── InputError               one input (file, line, record) could not be read;
    │                            carries the input's name so a batch can report it
    │                            and go on
    ├── ConfigError              a setting or a data file is invalid
    └── ModelNotFoundError       no spaCy English model is installed
"""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base class of all newsevents errors."""


class InputError(NewsEventsError):
    """An input that could not be processed.  ``str()`` gives one line naming it."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # picklable, so that worker processes can hand errors back
        return (type(self), (self.origin, self.reason))


class ConfigError(NewsEventsError):
    """A setting or packaged data file is invalid."""


class ModelNotFoundError(NewsEventsError):
    """No usable spaCy English model is installed."""
