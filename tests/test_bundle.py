"""The built bundle, run as the people who receive it run it: no Python, no network, an empty
home, a read-only install, a portable folder.

`make test-bundle` builds dist/ (bundle, .tar.gz, .deb) once and runs this file against it
(PAKRU_BUNDLE_DIR, PAKRU_DIST_DIR); plain `make test` does not collect it (conftest.py).
Every program runs under `env -i`: no PYTHONPATH, no venv, nothing of the developer's."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import time
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pakru_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import sizes  # noqa: E402 (packaging/sizes.py, which make-dist.sh runs)
from xwd_to_png import convert as xwd_to_png  # noqa: E402

from .ingest_fixtures import make_docx, make_pdf  # noqa: E402

MB = 1_000_000
BUNDLE_BUDGET, TARBALL_BUDGET = 100 * MB, 45 * MB
APP_ID = "org.pakru.PakruDesktop"


@pytest.fixture(scope="session")
def bundle() -> Path:
    chosen = os.environ.get("PAKRU_BUNDLE_DIR")
    if not chosen:
        pytest.fail("PAKRU_BUNDLE_DIR is not set: run `make test-bundle`")
    path = Path(chosen).resolve()
    assert (path / "pakru").is_file() and (path / "pakru-desktop").is_file(), path
    return path


@pytest.fixture(scope="session")
def dist() -> Path:
    chosen = os.environ.get("PAKRU_DIST_DIR")
    if not chosen:
        pytest.fail("PAKRU_DIST_DIR is not set: run `make test-bundle`")
    return Path(chosen).resolve()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def run(command: list[str], *, home: Path | None, env: dict[str, str] | None = None,
        wrap: tuple[str, ...] = (), timeout: float = 60) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """`env -i` with only PATH (and HOME when given): what a double-click or a bare shell has."""
    clean = {"PATH": "/usr/bin:/bin"}
    if home is not None:
        clean["HOME"] = str(home)
    clean.update(env or {})
    argv = [*wrap, "env", "-i", *(f"{k}={v}" for k, v in clean.items()), *map(str, command)]
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout)


def search_and_self_test(folder: Path, *, home: Path | None, args: tuple[str, ...] = (),
                         wrap: tuple[str, ...] = ()) -> None:  # fmt: skip
    """`pakru search` and `pakru-desktop --self-test` from `folder` both work."""
    found = run([folder / "pakru", *args, "search", "pipeline", "--json"], home=home, wrap=wrap)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["total"] == 2
    shown = run([folder / "pakru-desktop", *args, "--self-test"], home=home, wrap=wrap)
    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert shown.stdout.startswith("self-test ok: 2 result(s)"), shown.stdout
    assert "platform offscreen" in shown.stdout  # no display given: it must not need one
    assert "Traceback" not in shown.stderr + found.stderr


def tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
            for p in folder.rglob("*")}  # fmt: skip


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


# -- running it --------------------------------------------------------------------------


def test_version_is_the_packages(bundle: Path) -> None:
    result = run([bundle / "pakru", "--version"], home=None)
    assert result.stdout.strip() == f"pakru {__version__}"


def test_clean_environment_and_empty_home(bundle: Path, home: Path) -> None:
    search_and_self_test(bundle, home=home)
    library = home / ".local/share/pakru-desktop/library.sqlite3"
    assert library.is_file()


def test_first_start_copies_the_prebuilt_library_instead_of_indexing(
    bundle: Path, home: Path
) -> None:
    result = run([bundle / "pakru", "articles", "--json"], home=home)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5
    prebuilt = bundle / "_internal/prebuilt/library.sqlite3"
    user = home / ".local/share/pakru-desktop/library.sqlite3"
    query = "SELECT article_id, imported_at FROM articles ORDER BY article_id"
    with sqlite3.connect(f"file:{prebuilt}?mode=ro", uri=True) as conn:
        bundled = conn.execute(query).fetchall()
    with sqlite3.connect(user) as conn:
        copied = conn.execute(query).fetchall()
        manifest = conn.execute("SELECT 1 FROM meta WHERE key = 'manifest'").fetchone()
    assert copied == bundled  # the same rows, stamped when the bundle was built
    assert manifest is not None
    verify = run([bundle / "pakru", "verify"], home=home)
    assert verify.returncode == 0 and "all intact" in verify.stdout, verify.stdout


def test_no_home_at_all(bundle: Path, tmp_path: Path) -> None:
    search_and_self_test(bundle, home=None, args=("--data-dir", str(tmp_path / "data")))


def test_read_only_bundle(bundle: Path, tmp_path: Path, home: Path) -> None:
    copy = tmp_path / "ro"
    shutil.copytree(bundle, copy, symlinks=True)
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"the kernel refuses a mount namespace: {probe.stderr.strip()}")
    # A read-only bind mount: root ignores file modes, not a read-only mount.
    wrap = ("unshare", "-m", "sh", "-c",
            f'mount --bind "{copy}" "{copy}" && mount -o remount,bind,ro "{copy}" "{copy}" '
            '&& touch "$0/written" 2>/dev/null && exit 99; exec "$@"', str(copy))  # fmt: skip
    before = tree(copy)
    search_and_self_test(copy, home=home, wrap=wrap)
    assert tree(copy) == before


def test_without_network(bundle: Path, home: Path) -> None:
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"the kernel refuses a network namespace: {probe.stderr.strip()}")
    search_and_self_test(bundle, home=home, wrap=("unshare", "-n"))


def test_portable_mode_writes_only_beside_the_executable(
    bundle: Path, tmp_path: Path, home: Path
) -> None:
    app = tmp_path / "usb-stick" / "pakru-desktop"
    shutil.copytree(bundle, app, symlinks=True)
    (app / "portable").write_text("")
    before = set(tree(app))
    search_and_self_test(app, home=home)
    assert files_under(home) == []
    added = sorted(set(tree(app)) - before)
    assert all(name == "data" or name.startswith("data/") for name in added), added
    # The search made the library there; the self-test ran on its own copy of the settings
    # and data (issue 20), so it left nothing, here or in the home folder.
    assert "data/library.sqlite3" in set(added)


def test_portable_mode_keeps_font_caches_beside_the_executable(
    bundle: Path, tmp_path: Path, home: Path
) -> None:
    """fontconfig writes a cache to ~/.cache when it finds fonts the system has not cached;
    a fonts.conf naming a fresh font folder makes it do so here."""
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    shutil.copy(ROOT / "resources/fonts/DejaVuSerif.ttf", fonts)
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?>\n<fontconfig><dir>{fonts}</dir>'
                    '<cachedir prefix="xdg">fontconfig</cachedir></fontconfig>\n')  # fmt: skip
    env = {"FONTCONFIG_FILE": str(conf)}
    installed = run([bundle / "pakru-desktop", "--self-test", "--data-dir", tmp_path / "d"],
                    home=home, env=env)  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    assert any("fontconfig" in name for name in files_under(home))  # the check can see it
    app = tmp_path / "usb-stick" / "pakru-desktop"
    shutil.copytree(bundle, app, symlinks=True)
    (app / "portable").write_text("")
    shutil.rmtree(home)
    home.mkdir()
    portable = run([app / "pakru-desktop", "--self-test"], home=home, env=env)
    assert portable.returncode == 0, portable.stderr
    assert files_under(home) == []
    assert any(name.startswith("data/cache/fontconfig/") for name in files_under(app))


def test_interface_translations_travel_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    folder = bundle / "_internal/resources/translations"
    names = {path.name for path in folder.glob("*.qm")}
    # Qt has no qtbase_ur: ours (resources/translations/qtbase_ur.ts) is compiled beside
    assert {"pakru_ru.qm", "pakru_ur.qm", "qtbase_ru.qm", "qtbase_ur.qm"} <= names
    assert not [p for p in bundle.rglob("qtbase_*.qm") if p.parent != folder]  # one copy
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[General]\nlanguage=ru\n")
    search_and_self_test(bundle, home=None, args=("--data-dir", str(data)))  # in Russian


def test_the_cli_never_loads_qt(bundle: Path, tmp_path: Path) -> None:
    data = ("--data-dir", str(tmp_path / "data"))
    cli = run([bundle / "pakru", *data, "search", "pipeline"], home=None, env={"LD_DEBUG": "files"})
    app = run([bundle / "pakru-desktop", *data, "--self-test"], home=None,
              env={"LD_DEBUG": "files"})  # fmt: skip
    assert cli.returncode == 0 and app.returncode == 0
    assert "libQt6Core" in app.stderr  # the check sees Qt where it is loaded
    assert "libQt6" not in cli.stderr and "PySide6" not in cli.stderr


def test_the_bundles_import_reads_in_worker_processes_a_hung_file_cannot_stop(
    bundle: Path, tmp_path: Path
) -> None:
    """The frozen `pakru` starts its reader workers (multiprocessing's spawn through
    freeze_support): a file that hangs its reader (the readers' test hook) is skipped on the
    deadline, which only a worker process can give, and the other file is imported."""
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text("A bundle import\n\nPakistan and Russia signed 3 "
                                     "agreements in May 2024 on the gas pipeline.\n")  # fmt: skip
    (folder / "hangs.txt").write_text("pakru-test-hang\n")
    hook = {"PAKRU_TEST_READER_HOOK": "1", "PAKRU_TEST_READ_DEADLINE": "3"}
    result = run([bundle / "pakru", "--data-dir", tmp_path / "data", "import", folder],
                 home=tmp_path, env=hook)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"skipped   {folder / 'hangs.txt'}: took too long to read" in result.stdout
    assert result.stdout.splitlines()[-1] == "1 imported, 1 skipped, 0 failed"


def test_fact_sheets_and_their_pdf_come_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    data = ("--data-dir", str(tmp_path / "data"))
    sheet = run([bundle / "pakru", *data, "factsheet", "trade", "--format", "json"], home=None)
    assert sheet.returncode == 0, sheet.stderr
    conflicts = json.loads(sheet.stdout)["conflicts"]
    assert any("compan" in c["about"] for c in conflicts)  # the prebuilt library's facts
    pdf = tmp_path / "energy.pdf"
    made = run([bundle / "pakru", *data, "factsheet", "energy", "--format", "pdf", "-o", pdf],
               home=None, env={"LD_DEBUG": "files"})  # fmt: skip
    assert made.returncode == 0, made.stderr[-2000:]
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5_000
    # The CLI process itself still loads no Qt (LD_DEBUG lists what it loads; the
    # pakru-desktop beside it, whose output the CLI keeps to itself, wrote the PDF).
    assert "libsqlite3" in made.stderr or "_sqlite3" in made.stderr  # the check sees loads
    assert "libQt6" not in made.stderr and "PySide6" not in made.stderr


def test_a_librarian_builds_and_verifies_a_collection_with_the_bundle(
    bundle: Path, tmp_path: Path
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "rail.md").write_text(
        "---\ntitle: Rail link talks\nsource: Test Wire\ndate: 2024-05-02\n---\n\n"
        "Pakistan and Russia discussed a rail link through Central Asia.\n"
    )
    (articles / "wheat.html").write_bytes(
        "<html><body><h1>Wheat deal – signed</h1><p>Russian wheat reached Karachi "
        "port in a deal worth millions.</p></body></html>".encode("cp1252")
    )
    (articles / "note.txt").write_text("A note\n\nThe steel mill was built with Soviet help.\n")
    (articles / "catalog.toml").write_text('["note.txt"]\ntitle = "Steel mill history"\n')
    output = tmp_path / "collection.sqlite3"
    built = run([bundle / "pakru", "build-collection", articles, "-o", output], home=None)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "3 imported, 0 skipped, 0 failed" in built.stdout
    verified = run([bundle / "pakru", "verify", output], home=None)
    assert verified.returncode == 0 and "3 article(s)" in verified.stdout, verified.stdout
    imported = run([bundle / "pakru", "--data-dir", tmp_path / "d", "import", articles], home=None)
    assert "3 imported, 0 skipped, 0 failed" in imported.stdout, imported.stdout


STEEL = [
    "The Karachi steel mill agreement was signed after two years of ministry talks.",
    "Engineers from both countries will modernise the blast furnaces, the ministry said.",
    "The first phase of the work should take eighteen months and employ four thousand.",
]


def _saved_web_page() -> str:
    """An article between boilerplate that our own reader keeps and trafilatura drops: a
    newsletter box in a plain div and a list of teaser links."""
    teasers = "".join(f'<li><a href="/world/{i}">More World: headline {i} of the day</a></li>'
                      for i in range(30))  # fmt: skip
    return ("<html><head><title>Steel mill deal</title></head><body>"
            "<div class='top'><a href='/'>Home</a> <a href='/world'>World</a></div>"
            "<div class='story'><h1>Steel mill deal</h1>"
            + "".join(f"<p>{p}</p>" for p in STEEL) + "</div>"
            "<div><p>Subscribe to our newsletter for daily updates and partner offers.</p></div>"
            f"<section><h2>More World</h2><ul>{teasers}</ul></section></body></html>")  # fmt: skip


def test_web_page_pdf_and_word_file_import_offline_through_trafilatura(
    bundle: Path, tmp_path: Path
) -> None:
    """The bundled `pakru import` reads the three new formats with no network (a network
    namespace where one can be made): trafilatura, its settings.cfg and jusText's stoplists,
    pypdf, the .docx reader all came along. The page's boilerplate is gone: our own fallback
    reader, which runs when trafilatura is missing, would have kept it."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "steel.html").write_text(_saved_web_page())
    (articles / "gas.pdf").write_bytes(make_pdf(
        [["Gas pipeline report", "The turbine contract for Gwadar was awarded in March."]],
        title="Gas pipeline report"))  # fmt: skip
    (articles / "rail.docx").write_bytes(
        make_docx(
            [("Title", "Rail link memo"), ("Normal", "The freight corridor through Quetta opened.")]
        )
    )
    offline = ("unshare", "-n") if subprocess.run(["unshare", "-n", "true"]).returncode == 0 else ()
    data = ("--data-dir", str(tmp_path / "data"))
    imported = run([bundle / "pakru", *data, "import", articles], home=None, wrap=offline,
                   env={"LD_DEBUG": "files"})  # fmt: skip
    assert "3 imported, 0 skipped, 0 failed" in imported.stdout, imported.stdout + imported.stderr
    assert "Traceback" not in imported.stderr
    assert "lxml/etree" in imported.stderr  # trafilatura's lxml was loaded (see the next test)

    def total(query: str) -> int:
        found = run([bundle / "pakru", *data, "search", query, "--json"], home=None, wrap=offline)
        assert found.returncode == 0, found.stderr
        return json.loads(found.stdout)["total"]

    assert [total(q) for q in ("furnaces", "Gwadar turbine", "Quetta freight")] == [1, 1, 1]
    assert total("newsletter") == 0 and total("headline") == 0  # trafilatura's doing


def test_start_up_loads_no_web_page_extraction(bundle: Path, tmp_path: Path) -> None:
    """trafilatura (and the lxml it loads) is imported on the first web page, never at start:
    LD_DEBUG lists every shared library a process loads, lxml's etree among them once it is."""
    data = ("--data-dir", str(tmp_path / "data"))
    app = run([bundle / "pakru-desktop", *data, "--self-test"], home=None,
              env={"LD_DEBUG": "files"})  # fmt: skip
    cli = run([bundle / "pakru", *data, "search", "pipeline"], home=None, env={"LD_DEBUG": "files"})
    assert app.returncode == 0 and cli.returncode == 0, app.stderr[-2000:] + cli.stderr[-2000:]
    assert "libQt6Core" in app.stderr  # the check sees what is loaded
    assert "lxml" not in app.stderr and "lxml" not in cli.stderr


def test_a_librarians_folder_becomes_a_bundle_that_opens_on_it(
    bundle: Path, tmp_path: Path, home: Path
) -> None:
    """`make bundle SEEDS=DIR`: build-bundle.sh with another seeds folder and output folder.
    Started over a library the first bundle made, it behaves as an upgrade with new seeds."""
    seeds = tmp_path / "collection"
    seeds.mkdir()
    # a fact, as a real collection has: the self-test opens a topic's fact sheet and a citation
    (seeds / "a.txt").write_text(
        "Gas pipeline survey\n\nSurveyors mapped the pipeline route. In March 2024 Pakistan and "
        "Russia agreed that the gas pipeline will carry 12 billion cubic metres of gas a year.\n"
    )
    (seeds / "b.txt").write_text("Port talks\n\nA pipeline to Gwadar port was discussed.\n")
    (seeds / "catalog.toml").write_text('["a.txt"]\nsource = "Librarian Wire"\n')
    out = tmp_path / "dist"
    build = subprocess.run(["bash", str(ROOT / "packaging/build-bundle.sh"), str(seeds)],
                           env={**os.environ, "PAKRU_DIST": str(out)}, cwd=ROOT,
                           capture_output=True, text=True, timeout=900)  # fmt: skip
    assert build.returncode == 0, build.stdout + build.stderr
    app = out / "pakru-desktop"
    search_and_self_test(app, home=home)
    listed = run([app / "pakru", "articles", "--json"], home=home)
    articles = json.loads(listed.stdout)
    assert sorted(a["title"] for a in articles) == ["Gas pipeline survey", "Port talks"]
    assert "Librarian Wire" in {a["source"] for a in articles}
    verify = run([app / "pakru", "verify"], home=home)
    assert verify.returncode == 0, verify.stdout
    assert "2 article(s)" in verify.stdout and "all intact" in verify.stdout

    upgraded = tmp_path / "upgraded-home"
    upgraded.mkdir()
    mine = tmp_path / "mine.txt"
    mine.write_text("My own note\n\nA note on the Karachi steel mill.\n")
    assert run([bundle / "pakru", "import", mine], home=upgraded).returncode == 0
    # The user's own settings (a self-test no longer leaves any: it runs on its own copy).
    settings = upgraded / ".config/pakru-desktop/pakru-desktop.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[General]\nzoom=2\nlast_article=mine\n", encoding="utf-8")
    before = settings.read_text()
    after = json.loads(run([app / "pakru", "articles", "--json"], home=upgraded).stdout)
    titles = {a["title"] for a in after}
    # Nothing is added to a library the user did not import into (issue 19): the librarian's
    # articles come with their own library, not into one built from other seeds.
    assert len(after) == 5 + 1 and "My own note" in titles and "Port talks" not in titles
    assert settings.read_text() == before


def test_on_a_real_x_display_the_window_shows_text(
    bundle: Path, tmp_path: Path, home: Path
) -> None:
    """Xvfb keeps its screen in a file (-fbdir): the screenshot needs no other tool."""
    screen = tmp_path / "screen"
    screen.mkdir()
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24",
                             "-fbdir", str(screen), "-nolisten", "tcp"],
                            pass_fds=(write_end,), stderr=subprocess.DEVNULL)  # fmt: skip
    os.close(write_end)
    try:
        display = ":" + os.read(read_end, 16).decode().strip()
        env = {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        test = run([bundle / "pakru-desktop", "--self-test"], home=home, env=env)
        assert test.returncode == 0 and "platform xcb" in test.stdout, test.stdout + test.stderr
        shot = tmp_path / "bundle-xcb.png"
        drawn, ink = _screenshot_of_the_app(bundle, home, env, screen / "Xvfb_screen0", shot)
        kept = ROOT / "build" / "screenshots"
        kept.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, kept / shot.name)  # for a person to look at
        assert drawn > 0.2, f"the window covers {drawn:.0%} of the screen: {kept / shot.name}"
        assert 0.01 < ink < 0.5, f"ink {ink:.4f}: no text drawn? see {kept / shot.name}"
    finally:
        xvfb.terminate()
        xvfb.wait(10)
        os.close(read_end)


def _screenshot_of_the_app(bundle: Path, home: Path, env: dict[str, str], xwd: Path,
                           png: Path) -> tuple[float, float]:  # fmt: skip
    clean = [f"{k}={v}" for k, v in {"PATH": "/usr/bin:/bin", "HOME": str(home), **env}.items()]
    app = subprocess.Popen(["env", "-i", *clean, str(bundle / "pakru-desktop")],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline, seen, last = time.monotonic() + 30, (0.0, 0.0), None
        while time.monotonic() < deadline:  # until a window is drawn and stops changing
            time.sleep(0.5)
            seen = xwd_to_png(xwd, png)
            if seen[0] > 0.2 and seen == last:
                break
            last = seen
        assert app.poll() is None, "the app quit on its own"
        return seen
    finally:
        app.terminate()
        app.wait(10)


# -- what we hand out --------------------------------------------------------------------


def test_readme_and_results_state_the_sizes_the_build_measured(bundle: Path, dist: Path) -> None:
    (tarball,) = dist.glob("pakru-desktop-*-linux-x86_64.tar.gz")
    (deb,) = dist.glob("pakru-desktop_*.deb")
    measured = sizes.measure(bundle, tarball, deb)
    assert tomllib.loads((ROOT / "build/sizes.toml").read_text()) == measured
    assert sizes.stale(measured) == []
    assert f"{measured['bundle_bytes'] / sizes.MIB:.1f} MiB" in (ROOT / "README.md").read_text()


def test_sizes_are_within_budget(bundle: Path, dist: Path) -> None:
    folder = sum(p.lstat().st_size for p in bundle.rglob("*"))
    (tarball,) = dist.glob("pakru-desktop-*-linux-x86_64.tar.gz")
    assert folder <= BUNDLE_BUDGET, f"one-folder bundle {folder / MB:.1f} MB"
    assert tarball.stat().st_size <= TARBALL_BUDGET, f"{tarball.stat().st_size / MB:.1f} MB"


def test_archive_carries_desktop_file_icon_and_metainfo(dist: Path, tmp_path: Path) -> None:
    (tarball,) = dist.glob("pakru-desktop-*-linux-x86_64.tar.gz")
    top = f"pakru-desktop-{__version__}"
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
        archive.extractall(tmp_path, filter="tar")
    for name in ("pakru", "pakru-desktop", "install-desktop-entry.sh",
                 f"share/applications/{APP_ID}.desktop",
                 f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
                 f"share/metainfo/{APP_ID}.metainfo.xml"):  # fmt: skip
        assert f"{top}/{name}" in names, name
    share = tmp_path / top / "share"
    check = subprocess.run(["desktop-file-validate", share / f"applications/{APP_ID}.desktop"],
                           capture_output=True, text=True)  # fmt: skip
    assert check.returncode == 0 and check.stdout == "", check.stdout
    metainfo = ET.parse(share / f"metainfo/{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.find("releases/release").get("version") == __version__
    ET.parse(share / f"icons/hicolor/scalable/apps/{APP_ID}.svg")
    search_and_self_test(tmp_path / top, home=tmp_path)  # the unpacked archive runs as it is


def test_deb_installs_under_opt_and_declares_the_measured_depends(
    dist: Path, tmp_path: Path
) -> None:
    (deb,) = dist.glob("pakru-desktop_*.deb")
    fields = subprocess.run(["dpkg-deb", "-f", deb, "Package", "Version", "Depends"],
                            capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert f"Version: {__version__}" in fields
    depends = {d.strip().split(" ")[0] for d in fields.split("Depends:")[1].split(",")}
    assert {"libgl1", "libegl1", "libxcb1", "fontconfig", "libfontconfig1", "libc6"} <= depends
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
    assert os.readlink(root / "usr/bin/pakru") == "/opt/pakru-desktop/pakru"
    assert (root / f"usr/share/applications/{APP_ID}.desktop").is_file()
    # run through a symlink, as /usr/bin/pakru is: the bootloader finds its folder anyway
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin/pakru").symlink_to(root / "opt/pakru-desktop/pakru")
    (tmp_path / "bin/pakru-desktop").symlink_to(root / "opt/pakru-desktop/pakru-desktop")
    search_and_self_test(tmp_path / "bin", home=tmp_path)


# -- what packagers check ---------------------------------------------------------------


def test_bundle_carries_our_licence_and_every_third_party_notice(bundle: Path) -> None:
    assert (bundle / "LICENSE").read_text().startswith("MIT License")
    assert "LGPL-3.0" in (bundle / "THIRD-PARTY-NOTICES.md").read_text()
    licences = bundle / "licenses"
    for name in ("PySide6_Essentials", "shiboken6", "sqlite-utils", "Markdown", "python"):
        assert any((licences / name).iterdir()), name
    assert "LGPL-3.0" in (licences / "PySide6_Essentials/LICENSE-SUMMARY.txt").read_text()
    # only what ships: PyNaCl's cffi backend does; trafilatura's unused date parser does not
    assert (licences / "cffi").is_dir()
    assert not {"dateparser", "pytz", "regex", "tzlocal", "pip"} & {
        p.name for p in licences.iterdir()
    }
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (licences / "LGPL-3").read_text()


def _unpacked_archive(dist: Path, into: Path) -> Path:
    (tarball,) = dist.glob("pakru-desktop-*-linux-x86_64.tar.gz")
    with tarfile.open(tarball) as archive:
        archive.extractall(into, filter="tar")
    return into / f"pakru-desktop-{__version__}"


def test_metainfo_validates_and_names_screenshots_developer_url_release(
    dist: Path, tmp_path: Path
) -> None:
    share = _unpacked_archive(dist, tmp_path) / "share"
    metainfo = share / f"metainfo/{APP_ID}.metainfo.xml"
    check = subprocess.run(["appstreamcli", "validate", "--no-net", metainfo],
                           capture_output=True, text=True)  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    root = ET.parse(metainfo).getroot()
    images = [i.text for i in root.iterfind("screenshots/screenshot/image")]
    shots = sorted(p.name for p in (ROOT / "docs/screenshots").glob("*.png"))
    assert sorted(i.rsplit("/", 1)[1] for i in images) == shots  # every one, none invented
    homepage = root.findtext("url[@type='homepage']")
    assert homepage and homepage.startswith("https://") and "@" not in homepage
    assert root.findtext("developer_name") and root.findtext("developer/name")
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.find("releases/release").get("version") == __version__
    launchable = root.findtext("launchable")
    assert launchable == f"{APP_ID}.desktop"
    desktop = subprocess.run(["desktop-file-validate", share / f"applications/{launchable}"],
                             capture_output=True, text=True)  # fmt: skip
    assert desktop.returncode == 0 and desktop.stdout == "", desktop.stdout


def test_archive_carries_licences_man_pages_and_working_completions(
    dist: Path, tmp_path: Path
) -> None:
    top = _unpacked_archive(dist, tmp_path)
    assert (top / "LICENSE").is_file() and (top / "THIRD-PARTY-NOTICES.md").is_file()
    share = top / "share"
    for prog in ("pakru", "pakru-desktop"):
        with gzip.open(share / f"man/man1/{prog}.1.gz", "rt") as page:
            text = page.read()
        title = prog.upper().replace("-", "\\-")  # roff escapes its hyphens
        assert text.startswith(f".TH {title} ") and "EXIT STATUS" in text
        assert (share / f"zsh/vendor-completions/_{prog}").is_file()
        assert (share / f"fish/vendor_completions.d/{prog}.fish").is_file()
    bash = share / "bash-completion/completions/pakru"
    completed = subprocess.run(
        ["bash", "-c", f'source "{bash}"; COMP_WORDS=(pakru facts); COMP_CWORD=1; '
         '_shtab_pakru; echo "${COMPREPLY[@]}"; COMP_WORDS=(pakru factsheet energy --for); '
         'COMP_CWORD=3; _shtab_pakru; echo "${COMPREPLY[@]}"'],
        capture_output=True, text=True)  # fmt: skip
    assert completed.stdout.split("\n")[:2] == ["factsheet", "--format"], completed


def test_deb_has_copyright_changelog_man_pages_and_links_debians_fonts(
    dist: Path, tmp_path: Path
) -> None:
    (deb,) = dist.glob("pakru-desktop_*.deb")
    maintainer = subprocess.run(["python3", ROOT / "packaging/project_info.py", "maintainer"],
                                capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    fields = subprocess.run(["dpkg-deb", "-f", deb, "Maintainer", "Depends"],
                            capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert f"Maintainer: {maintainer}" in fields and "localhost" not in fields
    assert "fonts-dejavu-core" in fields and "fonts-dejavu-extra" in fields
    assert "fonts-noto" not in fields  # the Urdu font ships in the package (357 KB, not 42 MB)
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
    doc = root / "usr/share/doc/pakru-desktop"
    copyright_text = (doc / "copyright").read_text()
    assert copyright_text.startswith("Format: https://www.debian.org/doc/packaging-manuals/"
                                     "copyright-format/1.0/")  # fmt: skip
    assert "@" + "HOMEPAGE@" not in copyright_text and "License: LGPL-3" in copyright_text
    with gzip.open(doc / "changelog.gz", "rt") as changelog:
        assert changelog.readline().startswith(f"pakru-desktop ({__version__}) ")
    assert (root / "usr/share/man/man1/pakru.1.gz").is_file()
    assert (root / "usr/share/bash-completion/completions/pakru-desktop").is_file()
    fonts = root / "opt/pakru-desktop/_internal/resources/fonts"
    dejavu = sorted(fonts.glob("DejaVu*.ttf"))
    assert dejavu and all(f.is_symlink() for f in dejavu)
    for font in dejavu:  # fonts-dejavu-core/-extra
        assert str(font.readlink()) == f"/usr/share/fonts/truetype/dejavu/{font.name}"
    urdu = sorted(f.name for f in fonts.glob("Noto*.ttf") if f.is_file() and not f.is_symlink())
    assert urdu == ["NotoNaskhArabic-Bold.ttf", "NotoNaskhArabic-Regular.ttf"]


def test_deb_passes_lintian_with_only_the_justified_overrides(dist: Path, tmp_path: Path) -> None:
    (deb,) = dist.glob("pakru-desktop_*.deb")
    subprocess.run(["dpkg-deb", "-x", deb, tmp_path], check=True)
    overrides = (tmp_path / "usr/share/lintian/overrides/pakru-desktop").read_text().splitlines()
    # each override names its file exactly: nothing new can hide behind a pattern
    assert not [line for line in overrides if "*" in line or "?" in line]
    result = subprocess.run(["lintian", "--info", "--tag-display-limit", "0",
                             "--fail-on", "error,warning", deb],
                            capture_output=True, text=True, timeout=600)  # fmt: skip
    tags = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:", "I:")]
    assert result.returncode == 0 and tags == [], "\n".join(tags) or result.stderr
