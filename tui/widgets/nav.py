"""Moving and backing out the same way on every screen.

``j``/``k``/``g``/``G`` on any list or scrolling view (:func:`move`), and ``escape`` in a
filter or search box (:func:`leave_box`): one place that knows how each widget does it.
"""

from __future__ import annotations

from textual.widget import Widget


def move(widget: Widget, where: str) -> None:
    """Move ``widget``'s cursor (a list, a table) or scroll it (a view) ``where``.

    Args:
        widget: an ``OptionList``, a ``DataTable``, a ``RadioSet`` or a scrolling widget.
        where: ``down``, ``up``, ``top`` or ``bottom`` (see ``tui.keys.MOVES``).
    """
    from textual.widgets import DataTable, OptionList, RadioSet

    if isinstance(widget, OptionList):
        actions = {
            "down": widget.action_cursor_down,
            "up": widget.action_cursor_up,
            "top": widget.action_first,
            "bottom": widget.action_last,
        }
    elif isinstance(widget, DataTable):
        actions = {
            "down": widget.action_cursor_down,
            "up": widget.action_cursor_up,
            "top": widget.action_scroll_top,
            "bottom": widget.action_scroll_bottom,
        }
    elif isinstance(widget, RadioSet):
        _move_radio(widget, where)
        return
    else:
        actions = {
            "down": lambda: widget.scroll_down(animate=False),
            "up": lambda: widget.scroll_up(animate=False),
            "top": lambda: widget.scroll_home(animate=False),
            "bottom": lambda: widget.scroll_end(animate=False),
        }
    actions[where]()


def _move_radio(radios: Widget, where: str) -> None:
    """A radio set's highlight: a step, or to the first or last button."""
    from textual.widgets import RadioSet

    assert isinstance(radios, RadioSet)
    if where in ("down", "up"):
        (radios.action_next_button if where == "down" else radios.action_previous_button)()
        return
    # RadioSet has no first/last action: step round until the end is highlighted.
    count = len(radios.query("RadioButton"))
    step = radios.action_previous_button if where == "top" else radios.action_next_button
    for _ in range(count):
        buttons = list(radios.query("RadioButton"))
        at = next((i for i, b in enumerate(buttons) if b.has_class("-selected")), None)
        if at == (0 if where == "top" else count - 1):
            return
        step()


def leave_box(box: Widget, then: Widget | None) -> bool:
    """Escape in a text box: empty it and focus ``then``; whether the focus was in the box.

    The first step of backing out of a screen: what was typed goes (a filter shows
    everything again), and the keys act on the list once more. Nothing to focus instead
    (``then`` None or not shown): the box keeps the focus, emptied.
    """
    from textual.widgets import Input

    if not box.has_focus:
        return False
    if isinstance(box, Input):
        box.value = ""
    if then is not None and then.display and then.focusable:
        then.focus()
    return True


__all__ = ["leave_box", "move"]
