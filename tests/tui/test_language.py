"""The TUI in Indonesian: keys, headings and statuses follow $CLAIMTRACK_LANG (read when the TUI is loaded)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import asyncio, sys
    from claimtrack.store import Store
    from claimtrack.tui.app import ClaimtrackApp

    async def main():
        app = ClaimtrackApp(Store(sys.argv[1]))
        async with app.run_test(size=(120, 30)) as pilot:
            for _ in range(3):
                await app.workers.wait_for_complete()
                await pilot.pause()
            print("\\n".join(strip.text for strip in app.screen._compositor.render_strips()))
            await pilot.press("enter")  # the claim's detail
            for _ in range(3):
                await app.workers.wait_for_complete()
                await pilot.pause()
            print("=== detail")
            print("\\n".join(strip.text for strip in app.screen._compositor.render_strips()))

    asyncio.run(main())
    """
)


def test_claimtrack_lang_id_gives_an_indonesian_interface(sample_db_url):
    shown = subprocess.run(
        [sys.executable, "-c", SCRIPT, sample_db_url],
        env={**os.environ, "CLAIMTRACK_LANG": "id"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert shown.returncode == 0, shown.stderr
    listing, detail = shown.stdout.split("=== detail")
    lines = listing.splitlines()
    assert "bantuan" in lines[-1] and "keluar" in lines[-1]
    assert "semua 4" in listing and "belum diperiksa" in listing and "klaim" in listing
    footer = detail.splitlines()[-1]
    assert "kembali" in footer and "lepas tautan" in footer and "tandai" in footer
    assert "Dinyatakan oleh (1)" in detail and "Riwayat" in detail and "belum ada perubahan" in detail
    assert "Klaim 4  ● belum diperiksa" in detail and "layak cek" in detail and "pertama terlihat" in detail
