"""The system clipboard through its command-line tool (``wl-copy``, ``xclip``, ``pbcopy``).

Terminals take text for the clipboard by an escape sequence (OSC 52) too, but many drop it
silently (tmux does by default), so a copy that claims success must go through a tool when
one is there. No Textual here: the reader calls :func:`clipboard_tool` on the UI thread (a
PATH lookup) and :func:`copy_with` in a thread worker.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClipboardTool:
    """A clipboard command: its name, its arguments, and when it applies."""

    name: str
    argv: tuple[str, ...]
    #: Environment variable that must be set (the display it talks to); "" for none.
    needs_env: str = ""
    #: ``sys.platform`` it runs on; "" for any.
    platform: str = ""


#: Tried in order; the first whose program is on PATH and whose display is set is used.
TOOLS: tuple[ClipboardTool, ...] = (
    ClipboardTool("pbcopy", ("pbcopy",), platform="darwin"),
    ClipboardTool("wl-copy", ("wl-copy",), needs_env="WAYLAND_DISPLAY"),
    ClipboardTool("xclip", ("xclip", "-selection", "clipboard"), needs_env="DISPLAY"),
    ClipboardTool("xsel", ("xsel", "--clipboard", "--input"), needs_env="DISPLAY"),
)

#: Seconds a tool may take before the copy counts as failed.
TIMEOUT = 3.0


def clipboard_tool(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> ClipboardTool | None:
    """The clipboard tool to use here, or None (then only the terminal can take the text)."""
    env = os.environ if environ is None else environ
    here = sys.platform if platform is None else platform
    for tool in TOOLS:
        if tool.platform and tool.platform != here:
            continue
        if tool.needs_env and not env.get(tool.needs_env):
            continue
        if shutil.which(tool.argv[0], path=env.get("PATH")):
            return tool
    return None


def copy_with(tool: ClipboardTool, text: str) -> str | None:
    """Give ``text`` to ``tool``; None when it took it, else a one-line reason."""
    try:
        done = subprocess.run(
            tool.argv,
            input=text.encode("utf-8"),
            # xclip and wl-copy leave a child behind to serve the selection: a pipe on its
            # output would keep this call waiting until that child exits.
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{tool.name} failed: {exc}"
    if done.returncode != 0:
        return f"{tool.name} failed (exit status {done.returncode})"
    return None


__all__ = ["TIMEOUT", "TOOLS", "ClipboardTool", "clipboard_tool", "copy_with"]
