"""One build step beyond pyproject.toml: ship ``schemas/`` inside the wheel.

The JSON Schemas stay at the top of the repository (the one source of truth, which editors and
check-jsonschema read there); a built wheel carries a copy as ``board/_schemas/`` so that an
installed ``board`` validates a repository that has only its content. An editable install reads
``schemas/`` itself. ``tests/test_package.py`` checks that the packaged copy equals the source.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCE = Path(__file__).resolve().parent / "schemas"


class BuildWithSchemas(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "board" / "_schemas"
        self.mkpath(str(target))
        for schema in sorted(SOURCE.glob("*.json")):
            self.copy_file(str(schema), str(target / schema.name))


setup(cmdclass={"build_py": BuildWithSchemas})
