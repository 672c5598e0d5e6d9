"""Write every figure generated from code (doctools.figures) into the pages' folders.

    python -m doctools.commands.write_figures     (make figures)
"""

from doctools.figures import FIGURE_DIRS, FIGURES, ROOT


def main() -> None:
    for name, make in FIGURES.items():
        text = make()
        for folder in FIGURE_DIRS:
            path = ROOT / folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {folder}/{name}")


if __name__ == "__main__":
    main()
