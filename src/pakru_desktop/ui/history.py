"""Back/forward history, as a browser keeps it: going somewhere new drops the forward part."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Place:
    article_id: str = ""
    paragraph: int = 1
    query: str = ""
    topic: str = ""  # a topic's fact sheet rather than an article
    quote: str = ""  # the cited sentence marked in the article
    timeline: bool = False  # the timeline (of `topic`, or of everything)
    scroll: int = -1  # where the page was scrolled when it was left (-1: not yet left)


class History:
    def __init__(self, limit: int = 200) -> None:
        self.places: list[Place] = []
        self.index = -1
        self.limit = limit

    def push(self, place: Place) -> None:
        current = self.places[self.index] if self.index >= 0 else None
        where = (place.article_id, place.topic, place.timeline)
        if current and (current.article_id, current.topic, current.timeline) == where:
            self.places[self.index] = place  # moving within an article is not a new place
            return
        del self.places[self.index + 1 :]
        self.places.append(place)
        if len(self.places) > self.limit:
            self.places.pop(0)
        self.index = len(self.places) - 1

    def remember_scroll(self, scroll: int) -> None:
        """The current place is being left at this scroll position: Back returns to it."""
        if self.index >= 0:
            self.places[self.index] = replace(self.places[self.index], scroll=scroll)

    def can_go_back(self) -> bool:
        return self.index > 0

    def can_go_forward(self) -> bool:
        return self.index < len(self.places) - 1

    def back(self) -> Place | None:
        if not self.can_go_back():
            return None
        self.index -= 1
        return self.places[self.index]

    def forward(self) -> Place | None:
        if not self.can_go_forward():
            return None
        self.index += 1
        return self.places[self.index]
