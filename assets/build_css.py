"""Build static/bundle.css, the one stylesheet every page loads: `make css`.

The bundle is Bootstrap trimmed to the classes the site uses, then the site's own
stylesheets in static/css/ (site.css first, print.css as print-only rules, then the rest
in name order). PurgeCSS (npm) keeps every Bootstrap rule whose class names appear in
our templates, our Python (form widget classes), our JavaScript, or the crispy-forms
Bootstrap 5 templates that render our forms.

Run it after changing a template's classes or any file in static/css/: a test fails when
the shipped bundle is not what this script makes from today's sources.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

import crispy_bootstrap5

ROOT = Path(__file__).resolve().parent.parent
BOOTSTRAP = ROOT / "assets" / "bootstrap" / "bootstrap.min.css"
SOURCES = ROOT / "static" / "css"
BUNDLE = ROOT / "static" / "bundle.css"
PURGECSS = ROOT / "node_modules" / ".bin" / "purgecss"
APPS = ["therapy_readiness", "sitecache", "resources", "visits", "symptoms", "intake", "outreach"]
HEADER = "/* Built by `make css` from assets/build_css.py: edit static/css/, then rebuild. */\n"


def content_globs() -> list[str]:
    crispy = Path(crispy_bootstrap5.__file__).parent / "templates"
    return [
        str(ROOT / "templates" / "**" / "*.html"),
        # Form widget classes live in the apps' modules (not in migrations: seed text is prose).
        *(str(ROOT / app / "*.py") for app in APPS),
        *(str(ROOT / app / "templatetags" / "*.py") for app in APPS),
        str(ROOT / "static" / "js" / "*.js"),
        str(crispy / "**" / "*.html"),
    ]


def trimmed_bootstrap() -> str:
    if not PURGECSS.exists():
        raise SystemExit("purgecss is missing: run `npm ci --no-audit --no-fund`")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [str(PURGECSS), "--css", str(BOOTSTRAP), "--content", *content_globs(),
             "--output", out],
            check=True,
        )  # fmt: skip
        css = (Path(out) / BOOTSTRAP.name).read_text()
    # The source map is not shipped; the manifest storage would fail on a dangling link.
    css = css.split("/*# sourceMappingURL")[0].rstrip() + "\n"
    return css.removeprefix('@charset "UTF-8";')


def bundle() -> str:
    own = sorted(
        SOURCES.glob("*.css"), key=lambda p: (p.name != "site.css", p.name != "print.css", p.name)
    )
    parts = ['@charset "UTF-8";\n' + HEADER, trimmed_bootstrap()]
    for path in own:
        css = path.read_text()
        parts.append(f"@media print {{\n{css}}}\n" if path.name == "print.css" else css)
    return "\n".join(parts)


def main() -> None:
    BUNDLE.write_text(bundle())
    print(f"wrote {BUNDLE.relative_to(ROOT)} ({BUNDLE.stat().st_size:,} bytes)")


if __name__ == "__main__":
    sys.exit(main())
