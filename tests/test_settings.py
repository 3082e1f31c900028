from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.errors import ConfigError
from newsevents.settings import Settings

DOCS = Path(__file__).resolve().parents[1] / "docs" / "settings.md"


def test_every_setting_is_documented():
    doc = DOCS.read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"| `{name}` |" in doc, name


def test_layers(tmp_path, monkeypatch):
    cfg = tmp_path / "s.toml"
    cfg.write_text("[newsevents]\nbatch_size = 4\nmin_confidence = 0.3\n", encoding="utf-8")
    assert Settings.load(cfg).batch_size == 4
    monkeypatch.setenv("NEWSEVENTS_BATCH_SIZE", "8")
    s = Settings.load(cfg)
    assert s.batch_size == 8 and s.min_confidence == 0.3
    assert Settings.load(cfg, batch_size=2).batch_size == 2
    assert Settings.load(cfg, batch_size=None).batch_size == 8


def test_invalid_settings_are_one_clear_error(tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[newsevents]\nbatch_size = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="batch_size"):
        Settings.load(cfg)
    with pytest.raises(ConfigError, match="cannot read"):
        Settings.load(tmp_path / "missing.toml")
    cfg.write_text("[newsevents]\nno_such_setting = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        Settings.load(cfg)
