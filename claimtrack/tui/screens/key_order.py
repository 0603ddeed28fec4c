"""The footer's order of keys: `?` and `q` first, so a narrow terminal never cuts them."""

from __future__ import annotations

_ESSENTIAL = ("help", "quit", "app.help", "app.quit")


class EssentialKeysFirst:
    """`?` and `q` lead the footer, then the keys this screen declares itself (the list's search and filters, the
    detail's back, open and unlink), then the keys it shares: a narrow terminal cuts those last, never `?` and `q`."""

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
