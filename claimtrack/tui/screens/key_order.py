"""The footer's keys: `?` and `q` first, so a narrow terminal never cuts them, and rebuilt only when they change."""

from __future__ import annotations

_ESSENTIAL = ("help", "quit", "app.help", "app.quit")


class EssentialKeysFirst:
    """`?` and `q` lead the footer, then the keys this screen declares itself (the list's search and filters, the
    detail's back, open and unlink), then the keys it shares: a narrow terminal cuts those last, never `?` and `q`."""

    _footer_shows: tuple | None = None  # what the footer was last told to show
    _footer_news_pending = False

    @property
    def active_bindings(self):  # type: ignore[no-untyped-def]
        bindings = super().active_bindings  # type: ignore[misc]
        own = {(binding.action, binding.description) for binding in type(self).__dict__.get("BINDINGS", ())}
        first = {key: active for key, active in bindings.items() if active.binding.action in _ESSENTIAL}
        mine = {
            key: active
            for key, active in bindings.items()
            if key not in first and active.node is self and (active.binding.action, active.binding.description) in own
        }
        rest = {key: active for key, active in bindings.items() if key not in first and key not in mine}
        return {**first, **mine, **rest}

    def refresh_bindings(self) -> None:
        """Tell the footer once the screen has settled, and only when the keys it shows changed. Textual asks on every
        change of focus and every screen pushed or popped, often several times in a row, and the footer then builds
        all of its keys anew each time: most of a key press's time."""
        if self.is_mounted and not self._footer_news_pending:  # type: ignore[attr-defined]
            self._footer_news_pending = self.call_after_refresh(self._tell_footer)  # type: ignore[attr-defined]

    def _on_mount(self) -> None:
        """The first news, after the screen's own on_mount: that moves the focus, which the app carries out later."""
        self._footer_news_pending = True
        self.app.call_later(self._tell_footer)  # type: ignore[attr-defined]

    def _tell_footer(self) -> None:
        self._footer_news_pending = False
        keys = self.active_bindings.items()
        shows = (
            self.app.app_focus,  # type: ignore[attr-defined]  (the footer ignores news while the app is away)
            tuple((key, active.binding, active.enabled, active.tooltip) for key, active in keys if active.binding.show),
        )
        if shows != self._footer_shows:
            self._footer_shows = shows
            super().refresh_bindings()  # type: ignore[misc]
