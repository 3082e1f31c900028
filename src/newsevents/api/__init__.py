"""The HTTP API and the dashboard: ``newsevents serve --db FILE``.

:func:`create_app` builds the FastAPI application over one store.  It is imported
on first use, so that the command line (``newsevents.api.cli``) starts without
loading FastAPI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsevents.api.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from newsevents.api.app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
