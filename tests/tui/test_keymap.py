"""``[keys]`` in config.toml: invalid or conflicting overrides are reported, defaults kept."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import settle, wait_until
from tui.app import make_app


async def test_a_key_taken_from_quit_is_refused_and_q_still_quits(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text(
        'version = 1\n[keys]\ntoggle-bookmark = "q"\nno-such-binding = "x"\n'
        'theme = "ctrl+shift+nonsense"\nfull-text = "ctrl+o"\n',
        encoding="utf-8",
    )
    app = make_app(config_dir=config, targets=(str(fixtures_dir),))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        notes = [n.message for n in app._notifications if "[keys]" in n.message]
        assert notes, [n.message for n in app._notifications]
        note = notes[0]
        assert "'toggle-bookmark': 'q' is already the key of 'quit'" in note
        assert "unknown binding id 'no-such-binding'" in note
        assert "'ctrl+shift+nonsense' is not a key name" in note
        assert "full-text" not in note  # a good override is used as given
        assert app._keymap.get("full-text") == "ctrl+o"
        await pilot.press("q")
        await wait_until(pilot, lambda: not app.is_running, what="q to quit")
