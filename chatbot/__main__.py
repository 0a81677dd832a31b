"""``python -m chatbot`` is the ``chatbot`` command."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
