"""The screen reader's view of the running app, from outside it, over AT-SPI.

Run by tests/test_accessibility.py with Debian's system python3 (pyatspi is a Debian package,
not on PyPI) on the private D-Bus session and X display the test started. It drives the app
only with synthesized keys, as a keyboard user does, listens to the events Orca listens to,
and prints one JSON object of facts; the test judges them.
"""

from __future__ import annotations

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import Atspi, GLib  # noqa: E402

CTRL, SHIFT = 1 << 2, 1 << 0
KEYS = {"Return": 0xFF0D, "Down": 0xFF54, "End": 0xFF57, "Tab": 0xFF09, "F6": 0xFFC3,
        "k": 0x6B, "q": 0x71, "Right": 0xFF53, "t": 0x74, "Escape": 0xFF1B}  # fmt: skip
ITEM_ROLES = {"list item", "page tab", "menu item", "table cell", "check menu item",
              "radio menu item", "tree item"}  # fmt: skip
LINK_CHILD_LIMIT = 2000

events: list[dict] = []


def pump(seconds: float, until=None) -> bool:  # type: ignore[no-untyped-def]
    """Dispatch AT-SPI events for up to `seconds`, or until `until()` holds."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        if until is not None and until():
            return True
        time.sleep(0.02)
    return until is None or bool(until())


def on_event(event) -> None:  # type: ignore[no-untyped-def]
    try:
        source = event.source
        role, name = source.getRoleName(), source.name
    except Exception:  # noqa: BLE001 - an object may be gone by the time we look
        role, name = "", ""
    text = event.any_data if isinstance(event.any_data, str) else ""
    events.append({"type": event.type, "role": role, "name": name, "text": text,
                   "detail1": event.detail1})  # fmt: skip


def said_since(start: int) -> list[str]:
    return [e["text"] for e in events[start:] if e["type"].startswith("object:announcement")]


def key(name: str, modifiers: int = 0) -> None:
    if modifiers:
        Atspi.generate_keyboard_event(modifiers, None, Atspi.KeySynthType.LOCKMODIFIERS)
    Atspi.generate_keyboard_event(KEYS[name], None, Atspi.KeySynthType.SYM)
    if modifiers:
        Atspi.generate_keyboard_event(modifiers, None, Atspi.KeySynthType.UNLOCKMODIFIERS)
    pump(0.25)


def type_text(text: str) -> None:
    Atspi.generate_keyboard_event(0, text, Atspi.KeySynthType.STRING)
    pump(0.3)


def find_app(name: str, timeout: float = 60):  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for number in range(desktop.childCount):
            app = desktop.getChildAtIndex(number)
            if app is not None and app.name == name and app.childCount:
                return app
        pump(0.5)
    raise SystemExit(f"walker: no application named {name!r} on the AT-SPI bus")


def labels_of(obj) -> list[str]:  # type: ignore[no-untyped-def]
    names = []
    for relation in obj.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for number in range(relation.getNTargets()):
                names.append(relation.getTarget(number).name or "")
    return [n for n in names if n]


def describe(obj, path: str) -> dict:  # type: ignore[no-untyped-def]
    states = obj.getState()
    interfaces = list(pyatspi.utils.listInterfaces(obj))
    return {
        "path": path,
        "role": obj.getRoleName(),
        "name": obj.name or "",
        "description": obj.description or "",
        "labelled_by": labels_of(obj),
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "showing": states.contains(pyatspi.STATE_SHOWING),
        "enabled": states.contains(pyatspi.STATE_ENABLED),
        "interfaces": interfaces,
    }


def walk(root) -> list[dict]:  # type: ignore[no-untyped-def]
    found, stack = [], [(root, root.name or "app")]
    while stack:
        obj, path = stack.pop()
        try:
            found.append(describe(obj, path))
            count = min(obj.childCount, LINK_CHILD_LIMIT)
        except Exception:  # noqa: BLE001 - vanished while walking
            continue
        for number in range(count):
            child = obj.getChildAtIndex(number)
            if child is not None:
                stack.append((child, f"{path}/{child.getRoleName()}:{child.name or ''}"))
    return found


def focused_object(app):  # type: ignore[no-untyped-def]
    for item in reversed(events):
        if item["type"].startswith("object:state-changed:focused") and item["detail1"] == 1:
            return item
    return None


def find(app, role: str, name: str | None):  # type: ignore[no-untyped-def]
    stack = [app]
    while stack:
        obj = stack.pop()
        try:
            if obj.getRoleName() == role and name in (None, obj.name):
                return obj
            stack += [obj.getChildAtIndex(n) for n in range(min(obj.childCount, 200))]
        except Exception:  # noqa: BLE001
            continue
    return None


def focus_pane(name: str, limit: int = 6) -> bool:
    """F6 until the pane named `name` has the focus, as a keyboard user would."""
    for _ in range(limit):
        current = focused_object(None)
        if current is not None and current["name"] == name:
            return True
        press_and_wait_for_focus("F6")
    current = focused_object(None)
    return current is not None and current["name"] == name


def press_and_wait_for_focus(name: str, modifiers: int = 0) -> None:
    """A key that moves the focus: wait (a loaded machine is slow) for the focus event."""
    seen = sum(1 for e in events if e["type"].startswith("object:state-changed:focused"))
    key(name, modifiers)
    pump(3.0, lambda: sum(1 for e in events
                          if e["type"].startswith("object:state-changed:focused")) > seen)  # fmt: skip


def document_facts(app, role_name: tuple[str, str]) -> dict:  # type: ignore[no-untyped-def]
    """Text interface, caret moving with Down and Ctrl+End, links and headings inside."""
    obj = find(app, *role_name)
    facts = {"found": obj is not None, "text": False, "caret": [], "links": [], "headings": 0,
             "focused": focus_pane(role_name[1])}  # fmt: skip
    if obj is None:
        return facts
    facts["role"] = obj.getRoleName()
    try:
        text = obj.queryText()
    except NotImplementedError:
        return facts
    facts["text"] = True
    facts["characters"] = text.characterCount
    start = text.caretOffset
    facts["caret"].append(start)
    for _ in range(3):
        key("Down")
    pump(3.0, lambda: text.caretOffset != start)
    facts["caret"].append(text.caretOffset)
    key("End", CTRL)
    pump(3.0, lambda: text.caretOffset == text.characterCount)
    facts["caret"].append(text.caretOffset)
    try:
        hypertext = obj.queryHypertext()
        for number in range(hypertext.getNLinks()):
            link = hypertext.getLink(number)
            facts["links"].append(text.getText(link.startIndex, link.endIndex))
    except NotImplementedError:
        pass
    for item in walk(obj):
        if item["role"] == "link":
            facts["links"].append(item["name"])
        elif item["role"] == "heading":
            facts["headings"] += 1
    return facts


def main() -> int:
    app_name = sys.argv[1] if len(sys.argv) > 1 else "pakru-desktop"
    query = sys.argv[2] if len(sys.argv) > 2 else "pipeline"
    misspelt = (
        sys.argv[3] if len(sys.argv) > 3 else "pipelne "
    )  # a whole word (a space after it): no prefix match
    for kind in ("object:announcement", "object:state-changed:focused",
                 "object:text-caret-moved"):  # fmt: skip
        pyatspi.Registry.registerEventListener(on_event, kind)
    app = find_app(app_name)
    pump(2.0)
    report: dict = {"tree_at_start": walk(app)}
    search = find(app, "text", "Search the library")  # the app activated its own window
    if search is not None:
        search.queryComponent().grabFocus()
    pump(0.5)

    # A misspelling: the suggestion is announced; Down from the field reaches it, Enter
    # takes it, as the announcement says.
    key("k", CTRL)
    type_text(misspelt)
    pump(8.0, lambda: any("Did you mean" in e["text"] for e in events))
    report["announcements_misspelt"] = said_since(0)
    press_and_wait_for_focus("Down")
    report["suggestion_focus"] = focused_object(None)
    before = len(events)
    key("Return")
    pump(8.0, lambda: any("found for" in text for text in said_since(before)))
    report["announcements_after_suggestion"] = said_since(before)

    # Search: Ctrl+K, type, wait for what a screen reader would say.
    key("k", CTRL)
    before = len(events)
    type_text(query)
    pump(8.0, lambda: any(f"found for {query}" in text for text in said_since(before)))
    report["announcements_after_search"] = said_since(before)
    results = find(app, "list", "Search results")
    report["result_rows"] = (
        []
        if results is None
        else [results.getChildAtIndex(n).name for n in range(results.childCount)]
    )

    # Enter opens the top result; the reader says which hit it is on.
    before = len(events)
    key("Return")
    pump(4.0, lambda: any("hits" in e["text"] for e in events[before:]))
    report["announcements_after_open"] = said_since(before)
    report["reader"] = document_facts(app, ("label", "Article reader"))

    # F6 around every pane and back: no trap, and each stop named.
    stops = []
    for _ in range(5):
        press_and_wait_for_focus("F6")
        stops.append(focused_object(None) or {"role": "", "name": ""})
    report["f6_focus"] = stops

    # Tab through the window: every control a keyboard reaches.
    reached = set()
    for _ in range(40):
        press_and_wait_for_focus("Tab")
        current = focused_object(None)
        if current is not None:
            reached.add(f"{current['role']}:{current['name']}")
    report["tab_reached"] = sorted(reached)
    report["tree_after_tab"] = walk(app)

    # The timeline (Ctrl+T) and a fact sheet (its "Open the fact sheet" is the topic list).
    key("t", CTRL)
    pump(6.0, lambda: any("Timeline shown" in e["text"] for e in events))
    report["timeline"] = document_facts(app, ("label", "Timeline list"))

    # A topic from the sidebar, by keys: F6 to the library list, Shift+Tab to its tabs,
    # Right to Topics, Tab into the list, Down to the first topic, Enter.
    focus_pane("Articles")
    press_and_wait_for_focus("Tab", SHIFT)
    key("Right")
    press_and_wait_for_focus("Tab")
    key("Down")
    key("Return")
    pump(8.0, lambda: any("Fact sheet shown" in e["text"] for e in events))
    report["factsheet"] = document_facts(app, ("label", "Topic fact sheet"))
    report["tree_at_end"] = walk(app)
    report["events"] = events[-200:]
    key("q", CTRL)  # quit as a person does: the test checks the app exits cleanly
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
