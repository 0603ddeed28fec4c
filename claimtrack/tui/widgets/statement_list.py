"""A claim's evidence: every linked statement, grouped as asserts / supports / contradicts, in its sentence."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from claimtrack.i18n import text
from claimtrack.models import RELATIONS
from claimtrack.store import ClaimView, StatementView
from claimtrack.textutil import inert, one_line
from claimtrack.tui.look import day, relation_title


def _flat(text: str) -> str:
    return inert(text).replace("\n", " ").replace("\t", " ")


def sentence_with_statement(statement: StatementView, highlight: Style) -> Text:
    """The sentence the statement was said in, on one line, with the statement's own words highlighted."""
    context = statement.context
    if not context:
        return Text(one_line(statement.content), style=highlight)
    start = max(statement.start - statement.sentence_start, 0)
    end = min(max(statement.end - statement.sentence_start, start), len(context))
    text = Text(_flat(context[:start]).lstrip())
    text.append(_flat(context[start:end]), style=highlight)
    text.append(_flat(context[end:]).rstrip())
    return text


def statement_prompt(statement: StatementView, highlight: Style) -> Text:
    prompt = Text()
    prompt.append(one_line(statement.speaker) or text("unknown_speaker"), style="bold")
    if statement.speaker_role:
        prompt.append(f", {one_line(statement.speaker_role)}")
    said = day(statement.said_on)
    if statement.date_text:
        said = f"{said} ({one_line(statement.date_text)})" if said else one_line(statement.date_text)
    prompt.append(f" · {text('said_on', day=said)}" if said else f" · {text('said_on_unknown')}", style="italic")
    prompt.append(f" · {text('quote_kind', kind=statement.quote)} · {statement.stance}")
    if statement.origin == "manual":
        prompt.append(f" · {text('linked_by_hand')}")
    prompt.append("\n")
    prompt.append(one_line(statement.outlet) or text("unknown_outlet"), style="bold")
    prompt.append(f" — {one_line(statement.source)}")
    if statement.published:
        prompt.append(f" ({day(statement.published)})")
    prompt.append("\n")
    prompt.append_text(sentence_with_statement(statement, highlight))
    prompt.append("\n")
    return prompt


class StatementList(OptionList):
    """Statements under their relation; Enter or `o` opens the highlighted one in its source."""

    COMPONENT_CLASSES = {"statement-list--quote", "statement-list--group"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._statements: dict[str, StatementView] = {}

    def show(self, view: ClaimView) -> None:
        highlighted = self.current_statement
        self.clear_options()
        quote = self.get_component_rich_style("statement-list--quote")
        group = self.get_component_rich_style("statement-list--group")
        options: list[Option | None] = []
        for relation in RELATIONS:
            statements = view.by_relation(relation)
            title = Text(f"{relation_title(relation)} ({len(statements)})", style=group)
            options.append(Option(title, disabled=True))
            options.extend(Option(statement_prompt(s, quote), id=f"statement-{s.id}") for s in statements)
            if not statements:
                options.append(Option(Text(f"  {text('none')}", style="dim"), disabled=True))
        self.add_options(options)
        self._statements = {f"statement-{s.id}": s for s in view.statements}
        keep = f"statement-{highlighted.id}" if highlighted else None
        if keep in self._statements:
            self.highlighted = self.get_option_index(keep)
        elif view.statements:
            self.highlighted = self.get_option_index(f"statement-{view.statements[0].id}")

    @property
    def current_statement(self) -> StatementView | None:
        if self.highlighted is None:
            return None
        option = self.get_option_at_index(self.highlighted)
        return self._statements.get(option.id)
