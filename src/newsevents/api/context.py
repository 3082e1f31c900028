"""What every request needs: the store, the write token, the (lazy) pipeline."""

from __future__ import annotations

import hmac
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fastapi import HTTPException, Request

from newsevents.api.access import StoreAccess

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline
    from newsevents.settings import Settings


@dataclass
class ApiContext:
    access: StoreAccess
    token: str | None
    settings: Settings | None = None
    _pipeline: Pipeline | None = None
    _load_lock: threading.Lock = field(default_factory=threading.Lock)
    _run_lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def read_only(self) -> bool:
        return not self.token

    def pipeline(self) -> Pipeline:
        """The analysis pipeline, loaded on first use (loading spaCy takes seconds)."""
        with self._load_lock:
            if self._pipeline is None:
                from newsevents.pipeline import Pipeline

                self._pipeline = Pipeline(self.settings)
            return self._pipeline

    @property
    def analysing(self) -> threading.Lock:
        """Held while the pipeline runs: one analysis at a time."""
        return self._run_lock

    def require_token(self, request: Request) -> None:
        """Allow a write only with the configured token as a Bearer credential."""
        if not self.token:
            raise HTTPException(
                403,
                "this server is read-only: start it with a token (newsevents serve "
                "--token-env NAME) to accept ingest and reviews",
            )
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise HTTPException(
                401,
                "this needs the server's token: send 'Authorization: Bearer TOKEN'",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            raise HTTPException(
                401, "wrong token", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}
            )


def context(request: Request) -> ApiContext:
    ctx: ApiContext = request.app.state.newsevents
    return ctx
