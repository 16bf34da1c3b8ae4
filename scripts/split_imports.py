#!/usr/bin/env python3
"""Re-points every import at the two packages of lib/ (issue 16): `losslab`, the loss library in
lib/losslab, and `losslab-course`, the course's glue in lib/course. Idempotent: run it after every
merge that brings code written against the old single package (lib/src, one `losslab` for all):

  1. lib/losslab/src: `from "@tensorflow/tfjs"` becomes the library's own `./tf` module (the user's
     tfjs-core and tfjs-layers, the peer dependencies); an import of the course is refused.
  2. lib/course/src: a relative import of a file that now lives in the library becomes `from "losslab"`.
  3. Files left in lib/src (added on the old paths after the split) are listed with where they belong.
  4. Builds both packages (tsc -b lib) and reads what each exports from its built declarations.
  5. Notebooks (of notebooks/ and the tests' fixtures; code cells only, import statements only), tests, the course's
     sources and scripts: every `import { … } from "losslab"` (or "losslab/internal", "losslab-course") is split by
     what each exports: the library's root first, then its internal entry `losslab/internal` (the argument checks
     and helpers the root no longer exports), then the course;
     tests' relative imports of lib/src/… point at the new paths; scripts' require("losslab") gets both.

Names that neither package exports are reported and the script exits with status 1.
Usage: .venv/bin/python scripts/split_imports.py [--check]   (--check: change nothing, say what would change)
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIBRARY_SRC = os.path.join(ROOT, "lib", "losslab", "src")
COURSE_SRC = os.path.join(ROOT, "lib", "course", "src")
OLD_SRC = os.path.join(ROOT, "lib", "src")
LIBRARY, COURSE, INTERNAL = "losslab", "losslab-course", "losslab/internal"
CHECK = "--check" in sys.argv
changed_files = []
problems = []

RELATIVE = re.compile(r"""(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\(\s*)(["'])(\.{1,2}/[^"']*)\2""")


def rel(path):
    return os.path.relpath(path, ROOT)


def write(path, old, new):
    if new == old:
        return
    changed_files.append(rel(path))
    if not CHECK:
        with open(path, "w", encoding="utf-8") as f:
            f.write(new)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def ts_files(top):
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames[:] = [d for d in dirnames if d not in ("node_modules", "dist")]
        for name in sorted(filenames):
            if name.endswith(".ts"):
                yield os.path.join(dirpath, name)


def module_file(base):
    """The .ts file an extension-less specifier names, or None."""
    for candidate in (base + ".ts", os.path.join(base, "index.ts"), base):
        if os.path.isfile(candidate) and candidate.endswith(".ts"):
            return candidate
    return None


def relative_spec(from_file, target):
    spec = os.path.relpath(target, os.path.dirname(from_file)).replace(os.sep, "/")
    return spec if spec.startswith(".") else "./" + spec


# --- 1. the library's sources --------------------------------------------------------------------
def fix_library_sources():
    tf_module = os.path.join(LIBRARY_SRC, "tf")
    for path in ts_files(LIBRARY_SRC):
        text = read(path)
        if path != tf_module + ".ts":
            text_new = re.sub(r"""(\bfrom\s*)(["'])@tensorflow/tfjs\2""",
                              lambda m: f"{m.group(1)}{m.group(2)}{relative_spec(path, tf_module)}{m.group(2)}", text)
        else:
            text_new = text
        for m in RELATIVE.finditer(text_new):
            target = os.path.normpath(os.path.join(os.path.dirname(path), m.group(3)))
            if not target.startswith(LIBRARY_SRC) or module_file(target) is None:
                problems.append(f"{rel(path)} imports '{m.group(3)}', which is no file of the library "
                                "(lib/losslab must not depend on the course: move the code or the import)")
        for m in re.finditer(r"""\bfrom\s*["'](losslab-course|@tensorflow/tfjs-(?:node|backend-wasm)|mathjs|mnist|plotly[^"']*)["']""", text_new):
            problems.append(f"{rel(path)} imports '{m.group(1)}': the library depends on tfjs-core and tfjs-layers only")
        write(path, text, text_new)


# --- 2. the course's sources ---------------------------------------------------------------------
def fix_course_sources():
    for path in ts_files(COURSE_SRC):
        text = read(path)

        def repoint(m):
            target = os.path.normpath(os.path.join(os.path.dirname(path), m.group(3)))
            if module_file(target) is not None:
                return m.group(0)
            inside = os.path.relpath(target, COURSE_SRC)
            if not inside.startswith("..") and module_file(os.path.join(LIBRARY_SRC, inside)) is not None:
                return f"{m.group(1)}{m.group(2)}{LIBRARY}{m.group(2)}"
            problems.append(f"{rel(path)} imports '{m.group(3)}', found in neither package")
            return m.group(0)

        write(path, text, RELATIVE.sub(repoint, text))


# --- 3. files added on the old paths -------------------------------------------------------------
def leftovers():
    if not os.path.isdir(OLD_SRC):
        return
    for dirpath, _, filenames in os.walk(OLD_SRC):
        for name in filenames:
            path = os.path.join(dirpath, name)
            area = os.path.relpath(path, OLD_SRC)
            homes = [top for top in (LIBRARY_SRC, COURSE_SRC) if os.path.isdir(os.path.join(top, os.path.dirname(area)))]
            where = " or ".join(rel(os.path.join(top, area)) for top in homes) or "lib/losslab/src/… or lib/course/src/…"
            problems.append(f"{rel(path)} is on an old path: git mv it to {where}, export it from that area's "
                            "index.ts, and run this script again")


# --- 4. build, and what each package exports ------------------------------------------------------
EXPORTS_JS = r"""
const ts = require("typescript");
const out = {};
for (const [name, file] of Object.entries(JSON.parse(process.argv[1]))) {
  const program = ts.createProgram([file], { moduleResolution: ts.ModuleResolutionKind.Node10, noEmit: true });
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(file));
  out[name] = checker.getExportsOfModule(symbol).map((s) => s.name);
}
console.log(JSON.stringify(out));
"""


def build_and_read_exports():
    build = subprocess.run(["node_modules/.bin/tsc", "-b", "lib"], cwd=ROOT, capture_output=True, text=True)
    if build.returncode != 0:
        sys.exit("split_imports: tsc -b lib failed; fix these first (a missing name: export it from its area's index.ts)\n"
                 + build.stdout + build.stderr)
    subprocess.run(["node", "lib/losslab/scripts/esm_specifiers.js"], cwd=ROOT, check=True)
    files = {LIBRARY: os.path.join(ROOT, "lib/losslab/dist/cjs/index.d.ts"), COURSE: os.path.join(ROOT, "lib/course/dist/index.d.ts"),
             INTERNAL: os.path.join(ROOT, "lib/losslab/dist/cjs/internal.d.ts")}
    listed = subprocess.run(["node", "-e", EXPORTS_JS, json.dumps(files)], cwd=ROOT, capture_output=True, text=True, check=True)
    exports = {k: set(v) for k, v in json.loads(listed.stdout).items()}
    both = exports[LIBRARY] & exports[COURSE]
    if both:
        problems.append(f"exported by both packages (the course must not re-export the library): {sorted(both)}")
    return exports


# --- 5. import statements of notebooks, tests and scripts ------------------------------------------
IMPORT = re.compile(r"""import\s*(type\s+)?\{([^{}]*)\}\s*from\s*(["'])(losslab|losslab-course|losslab/internal)\3(\s*;)?""")
WIDTH = 120


def format_import(type_only, names, module, indent, semicolon):
    lead = f"import {'type ' if type_only else ''}{{ "
    tail = f" }} from \"{module}\"{semicolon}"
    lines, line = [], lead
    for i, name in enumerate(names):
        piece = name + ("," if i < len(names) - 1 else "")
        if line.strip() and len(indent) + len(line) + len(piece) + 1 > WIDTH and line != lead:
            lines.append(line.rstrip())
            line = " " * len(lead)
        line += piece + " "
    line = line.rstrip() + tail
    lines.append(line)
    return ("\n" + indent).join(lines)


def split_statements(text, where, exports):
    def split(m):
        type_only, body, module, semicolon = m.group(1), m.group(2), m.group(4), m.group(5) or ""
        entries = [e.strip() for e in body.split(",") if e.strip()]
        groups = {LIBRARY: [], INTERNAL: [], COURSE: []}
        for entry in entries:
            name = re.sub(r"^type\s+", "", entry).split(" as ")[0].strip()
            if name in exports[LIBRARY]:
                groups[LIBRARY].append(entry)
            elif name in exports[INTERNAL]:
                groups[INTERNAL].append(entry)
            elif name in exports[COURSE]:
                groups[COURSE].append(entry)
            else:
                problems.append(f"{where}: '{name}' is exported by neither {LIBRARY} nor {COURSE}")
                groups[module].append(entry)
        if groups[module] == entries:
            return m.group(0)  # already right: keep the author's formatting
        line_start = text.rfind("\n", 0, m.start()) + 1
        indent = re.match(r"[ \t]*", text[line_start:m.start()]).group(0)
        parts = [format_import(type_only, groups[k], k, indent, semicolon) for k in (LIBRARY, INTERNAL, COURSE) if groups[k]]
        return ("\n" + indent).join(parts)

    return IMPORT.sub(split, text)


def fix_notebooks(exports):
    import nbformat

    for dirpath, dirnames, filenames in [w for top in ("notebooks", "tests") for w in os.walk(os.path.join(ROOT, top))]:
        dirnames[:] = [d for d in dirnames if d not in (".ipynb_checkpoints", "node_modules")]
        for name in sorted(filenames):
            if not name.endswith(".ipynb"):
                continue
            path = os.path.join(dirpath, name)
            raw = read(path)
            nb = nbformat.reads(raw, as_version=4)
            touched = False
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                source = split_statements(cell.source, f"{rel(path)} cell {index}", exports)
                for m in re.finditer(r"""import\s+\*\s+as\s+\w+\s+from\s*["']losslab["']|require\(\s*["']losslab["']\s*\)""", source):
                    problems.append(f"{rel(path)} cell {index}: '{m.group(0)}' takes one package only; import names instead")
                if source != cell.source:
                    cell.source = source
                    touched = True
            if touched:
                write(path, raw, nbformat.writes(nb) + "\n")


def fix_tests(exports):
    for path in ts_files(os.path.join(ROOT, "tests")):
        text = read(path)

        def repoint(m):
            target = os.path.normpath(os.path.join(os.path.dirname(path), m.group(3)))
            inside = os.path.relpath(target, OLD_SRC)
            if inside.startswith("..") or os.path.isdir(OLD_SRC):
                return m.group(0)
            for top in (LIBRARY_SRC, COURSE_SRC):
                found = module_file(os.path.join(top, inside))
                if found is not None:
                    new = relative_spec(path, os.path.join(top, inside))
                    return f"{m.group(1)}{m.group(2)}{new}{m.group(2)}"
            problems.append(f"{rel(path)} imports '{m.group(3)}', found in neither package")
            return m.group(0)

        new = split_statements(RELATIVE.sub(repoint, text), rel(path), exports)
        new = NAMESPACE.sub(lambda m: merged_namespace(m, new, rel(path), exports), new)
        write(path, text, new)


NAMESPACE = re.compile(r"""^import \* as (\w+) from "losslab";$""", re.M)


def merged_namespace(m, text, where, exports):
    """`import * as L from "losslab"` in a test that also uses course names: L becomes both packages."""
    alias = m.group(1)
    used = set(re.findall(rf"\b{alias}\.(\w+)", text))
    if not used & exports[COURSE]:
        return m.group(0)
    for name in sorted(used - exports[LIBRARY] - exports[COURSE]):
        problems.append(f"{where}: '{alias}.{name}' is exported by neither {LIBRARY} nor {COURSE}")
    return (f'import * as {alias}Library from "losslab";\nimport * as {alias}Course from "losslab-course";\n'
            f"// the names of both packages, as the single package of before the split had them\n"
            f"const {alias} = {{ ...{alias}Library, ...{alias}Course }};")


BOTH = '{ ...require("losslab"), ...require("losslab-course") }'


def fix_course_imports(exports):
    """The course's own imports of the library: a name the root no longer exports comes from losslab/internal."""
    for path in ts_files(COURSE_SRC):
        text = read(path)
        write(path, text, split_statements(text, rel(path), exports))


def fix_scripts():
    """Node scripts take the two packages as one object: `const { a, b } = require("losslab")` keeps working."""
    for name in sorted(os.listdir(os.path.join(ROOT, "scripts"))):
        if not name.endswith(".js"):
            continue
        path = os.path.join(ROOT, "scripts", name)
        text = read(path)
        new = re.sub(r"""require\(path\.(?:resolve|join)\(__dirname,\s*["']\.\.["'],\s*["']lib["'],\s*["']dist["']\)\)""", BOTH, text)
        new = re.sub(r"""(?<!\.\.\.)require\(["']losslab["']\)""", BOTH, new)
        write(path, text, new)


def main():
    fix_library_sources()
    fix_course_sources()
    leftovers()
    exports = build_and_read_exports()
    fix_notebooks(exports)
    fix_tests(exports)
    fix_course_imports(exports)
    fix_scripts()
    counts = ", ".join(f"{k} {len(v)}" for k, v in exports.items())
    verb = "would change" if CHECK else "changed"
    print(f"split_imports: exports: {counts}; {verb} {len(changed_files)} files")
    for f in changed_files:
        print(f"  {f}")
    for p in problems:
        print(f"split_imports: {p}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
