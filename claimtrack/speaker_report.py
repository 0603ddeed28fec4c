"""A speaker's record as Markdown: names, roles, statements over time and the claims they made, by verdict.

Everything from articles goes through `report.md_text`, so a name or claim cannot turn into Markdown or HTML.
"""

from __future__ import annotations

from datetime import datetime, timezone

from claimtrack.i18n import status_word
from claimtrack.localtime import local, zone_name
from claimtrack.report import md_text
from claimtrack.store import SpeakerRecord

_BAR = 30  # characters of the longest month's bar


def render_speaker(record: SpeakerRecord, *, generated_at: datetime | None = None) -> str:
    actor = record.actor
    at = local(generated_at or datetime.now(timezone.utc))
    out = [f"# Speaker record: {md_text(actor.name)}", "", f"Generated {at:%Y-%m-%d %H:%M} {zone_name(at)}.", ""]
    facts = [md_text(actor.kind), f"{actor.statements} statement{'s' if actor.statements != 1 else ''}"]
    if actor.role:
        facts.insert(1, md_text(actor.role))
    out += [f"*{'; '.join(facts)}*", ""]
    if actor.aliases:
        out += [f"**Also called:** {', '.join(md_text(alias) for alias in actor.aliases)}", ""]
    if record.roles:
        out += ["**Roles in articles:** " + ", ".join(f"{md_text(role)} ({n})" for role, n in record.roles), ""]
    out += ["## Track record", ""]
    if record.verdicts:
        out += ["| status | claims asserted |", "| --- | ---: |"]
        out += [f"| {md_text(status_word(status))} | {n} |" for status, n in record.verdicts.items()]
        out.append("")
    else:
        out += ["No claims asserted.", ""]
    out += ["## Statements over time", ""]
    if record.months:
        widest = max(n for _, n in record.months)
        out += ["| month | statements | |", "| --- | ---: | --- |"]
        for month, n in record.months:
            bar = "█" * max(1, round(_BAR * n / widest))
            out.append(f"| {month or 'undated'} | {n} | {bar} |")
        out.append("")
    out += ["## Claims", ""]
    if not record.claims:
        out += ["None.", ""]
    for claim in record.claims:
        said = f", {claim.said.isoformat()}" if claim.said else ""
        out.append(
            f"- Claim {claim.id} ({md_text(status_word(claim.status))}; {md_text(claim.relation)}{said}): "
            f"{md_text(claim.text)}"
        )
    out.append("")
    return "\n".join(out)
