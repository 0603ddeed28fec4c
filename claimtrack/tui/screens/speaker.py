"""A speaker's record: names and roles, their track record by verdict, statements over time, and their claims.

Enter opens a claim; `E` writes the record as Markdown; `M` merges this speaker into another (the same person or
organisation under another name), after asking. The record is one store read in a worker.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from claimtrack.config import default_editor
from claimtrack.errors import ClaimtrackError
from claimtrack.i18n import count, status_word, text
from claimtrack.store import ActorView, SpeakerRecord, Store
from claimtrack.textutil import one_line
from claimtrack.tui.look import day, status_style, status_text
from claimtrack.tui.screens.confirm import ConfirmModal
from claimtrack.tui.screens.key_order import EssentialKeysFirst
from claimtrack.tui.screens.path_prompt import PathPrompt
from claimtrack.tui.screens.speaker_picker import SpeakerPicker
from claimtrack.tui.screens.worker_errors import ReportsWorkerErrors

_BAR = 40
_MONTHS_SHOWN = 12
_CLAIMS_SHOWN = 100  # the newest; a list of thousands takes a second to build, and `E` exports them all


def record_summary(record: SpeakerRecord) -> Text:
    actor = record.actor
    summary = Text()
    summary.append(one_line(actor.name), style="bold")
    summary.append(f"  {actor.kind} · {count(actor.statements, 'statement')}")
    if actor.aliases:
        summary.append(f"\n{text('speaker_aliases')}: " + one_line(", ".join(actor.aliases), 300), style="dim")
    if record.roles:
        roles = one_line(", ".join(f"{role} ({n})" for role, n in record.roles[:6]), 300)
        summary.append(f"\n{text('speaker_roles')}: {roles}")
    summary.append(f"\n{text('speaker_track_record')}: ", style="bold")
    if not record.verdicts:
        summary.append(text("speaker_no_claims"))
    for number, (status, claims) in enumerate(record.verdicts.items()):
        summary.append(", " if number else "")
        summary.append(f"{claims} {status_word(status)}", style=status_style(status))
    return summary


def months_chart(record: SpeakerRecord) -> Text:
    """The last months with statements, one line each with a bar."""
    months = record.months[-_MONTHS_SHOWN:]
    chart = Text()
    widest = max((n for _, n in months), default=1)
    for number, (month, statements) in enumerate(months):
        chart.append("\n" if number else "")
        chart.append(f"{month or text('undated'):<8} {statements:>5} ")
        chart.append("█" * max(1, round(_BAR * statements / widest)), style="bold")
    return chart


class SpeakerScreen(EssentialKeysFirst, ReportsWorkerErrors, Screen):
    TITLE = text("title_speaker")
    BINDINGS = [
        Binding("escape", "back", text("key_back")),
        Binding("E", "export", text("key_export"), tooltip="Write the speaker's record as Markdown"),
        Binding("M", "merge", text("key_merge_speaker"), tooltip="Merge this speaker into another: the same one"),
    ]
    HELP_LEGEND = (
        (text("speaker_track_record"), text("legend_track_record")),
        (text("speaker_over_time").lower(), text("legend_over_time")),
    )

    class Loaded(Message):
        def __init__(self, record: SpeakerRecord | None, problem: str = "") -> None:
            super().__init__()
            self.record = record
            self.problem = problem

    class Exported(Message):
        def __init__(self, path: Path, problem: str = "") -> None:
            super().__init__()
            self.path = path
            self.problem = problem

    class Merged(Message):
        """This speaker was merged into `into` (or was not: `problem` says why)."""

        def __init__(self, merged: ActorView, into: ActorView, problem: str = "") -> None:
            super().__init__()
            self.merged = merged
            self.into = into
            self.problem = problem

    def __init__(self, store: Store, actor_id: int) -> None:
        super().__init__()
        self.store = store
        self.actor_id = actor_id
        self.record: SpeakerRecord | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="speaker"):
            yield Static(id="speaker-summary")
            yield Label(text("speaker_over_time"), classes="section-title")
            yield Static(id="speaker-months")
            yield Label(text("speaker_claims", count=""), classes="section-title", id="speaker-claims-title")
            yield OptionList(id="speaker-claims")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self._load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="speaker")
    def _load(self) -> None:
        try:
            self.post_message(self.Loaded(self.store.speaker_record(self.actor_id)))
        except ClaimtrackError as exc:
            self.post_message(self.Loaded(None, str(exc)))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        if message.record is None:
            self.notify(message.problem, severity="error", markup=False)
            self.dismiss()
            return
        record = self.record = message.record
        self.query_one("#speaker-summary", Static).update(record_summary(record))
        self.query_one("#speaker-months", Static).update(months_chart(record))
        shown = record.claims[:_CLAIMS_SHOWN]
        title = (
            text("speaker_claims_more", count=len(record.claims), shown=len(shown))
            if len(shown) < len(record.claims)
            else text("speaker_claims", count=len(record.claims))
        )
        self.query_one("#speaker-claims-title", Label).update(title)
        options = []
        for claim in shown:
            prompt = Text(f"{claim.id:>6} ")
            prompt.append_text(status_text(claim.status))
            prompt.append(f"  {claim.relation:<11} {day(claim.said):<10}  ", style="dim")
            prompt.append(one_line(claim.text, 200))
            options.append(Option(prompt, id=f"claim-{claim.id}"))
        claims = self.query_one(OptionList)
        claims.clear_options()
        claims.add_options(options)
        if options:
            claims.highlighted = 0

    @on(OptionList.OptionSelected, "#speaker-claims")
    def _open_claim(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.app.open_claim(int(event.option.id.removeprefix("claim-")))  # type: ignore[attr-defined]

    def action_back(self) -> None:
        self.dismiss()

    def action_export(self) -> None:
        if self.record is None:
            return
        name = "-".join(one_line(self.record.actor.name).lower().split())[:40] or f"actor-{self.actor_id}"

        def chosen(path: Path | None) -> None:
            if path is None:
                return
            if path.exists():
                self.app.push_screen(
                    ConfirmModal(text("dialog_replace", path=path)), lambda yes: self._export(path) if yes else None
                )
                return
            self._export(path)

        self.app.push_screen(PathPrompt(text("dialog_speaker_export"), f"{name}.md", must_exist=False), chosen)

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def _export(self, path: Path) -> None:
        from claimtrack.interchange import write_atomic
        from claimtrack.speaker_report import render_speaker

        try:
            write_atomic(path, render_speaker(self.store.speaker_record(self.actor_id)))
        except ClaimtrackError as exc:
            self.post_message(self.Exported(path, str(exc)))
            return
        self.post_message(self.Exported(path))

    @on(Exported)
    def _exported(self, message: Exported) -> None:
        if message.problem:
            self.notify(message.problem, title=text("notice_not_written"), severity="warning", markup=False)
        else:
            self.notify(text("notice_speaker_written", path=message.path), markup=False)

    def action_merge(self) -> None:
        if self.record is None:
            return
        merged = self.record.actor

        def chosen(into: ActorView | None) -> None:
            if into is None:
                return
            detail = text(
                "merge_speaker_detail",
                merged=one_line(merged.name),
                merged_id=merged.id,
                merged_statements=count(merged.statements, "statement"),
                into=one_line(into.name),
                into_id=into.id,
                into_statements=count(into.statements, "statement"),
            )
            question = text("confirm_merge_speaker", merged=one_line(merged.name), into=one_line(into.name))
            self.app.push_screen(ConfirmModal(question, detail), lambda yes: self._merge(merged, into) if yes else None)

        self.app.push_screen(SpeakerPicker(self.store, merged), chosen)

    @work(thread=True, exclusive=True, exit_on_error=False, group="write")
    def _merge(self, merged: ActorView, into: ActorView) -> None:
        try:
            self.app.merge_speakers(into.id, merged.id, default_editor())  # type: ignore[attr-defined]
        except ClaimtrackError as exc:
            self.post_message(self.Merged(merged, into, str(exc)))
            return
        self.post_message(self.Merged(merged, into))

    @on(Merged)
    def _merged(self, message: Merged) -> None:
        """Show the speaker merged into, and have the screens beneath read their claims again."""
        if message.problem:
            self.notify(message.problem, title=text("notice_not_saved"), severity="warning", markup=False)
            return
        into = one_line(message.into.name)
        self.notify(text("notice_speaker_merged", merged=one_line(message.merged.name), into=into), markup=False)
        self.actor_id = message.into.id
        self._load()
        self.app.reload_screens()  # type: ignore[attr-defined]
