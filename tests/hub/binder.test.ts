/**
 * The class image's repo2docker files (binder/), tested without Docker: they follow repo2docker's
 * conventions, name the tools the set-up needs, and binder/postBuild, run here with a stand-in for the
 * image's Jupyter prefix ($NB_PYTHON_PREFIX), registers the tslab kernel where that Jupyter finds it and installs
 * nbgrader there at the hub's pin.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const BINDER = path.join(ROOT, "binder");
const VENV_PYTHON = path.join(ROOT, ".venv", "bin", "python");

function yaml(file: string): any {
  const code = "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))";
  return JSON.parse(execFileSync(VENV_PYTHON, ["-c", code, file], { encoding: "utf8" }));
}

describe("binder/: repo2docker's configuration files", () => {
  it("holds only files repo2docker reads (a misspelt name would be ignored silently)", () => {
    const known = new Set(["environment.yml", "apt.txt", "postBuild", "start", "runtime.txt", "requirements.txt"]);
    const files = fs.readdirSync(BINDER);
    expect(files.filter((f) => !known.has(f))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(["environment.yml", "apt.txt", "postBuild"]));
  });

  it("environment.yml: conda-forge's Python of the tested .venv and a Node.js that package.json accepts", () => {
    const env = yaml(path.join(BINDER, "environment.yml"));
    expect(env.channels).toEqual(["conda-forge"]);
    const deps: string[] = env.dependencies;
    expect(deps.every((d) => typeof d === "string")).toBe(true);
    const pin = (name: string) => deps.find((d) => d.split("=")[0] === name)?.split("=")[1];
    const venvPython = execFileSync(VENV_PYTHON, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], { encoding: "utf8" }).trim();
    expect(pin("python")).toBe(venvPython);
    const engines = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).engines.node as string;
    const minimum = Number(/^>=(\d+)$/.exec(engines)![1]);
    expect(Number(pin("nodejs"))).toBeGreaterThanOrEqual(minimum);
    expect(deps).toContain("pip");
  });

  it("apt.txt: Debian package names, with the compilers scripts/native_backend.sh asks for", () => {
    const packages = fs.readFileSync(path.join(BINDER, "apt.txt"), "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("#"));
    for (const p of packages) expect(p).toMatch(/^[a-z0-9][a-z0-9+.-]+$/);
    const native = fs.readFileSync(path.join(ROOT, "scripts", "native_backend.sh"), "utf8");
    const needed = [...native.matchAll(/command -v ([\w+.-]+) >\/dev\/null/g)].map((m) => m[1]);
    expect(needed).toEqual(expect.arrayContaining(["g++", "make"]));
    expect(packages).toEqual(expect.arrayContaining(needed));
  });

  it("postBuild: an executable bash script whose syntax parses and whose scripts and files exist", () => {
    const file = path.join(BINDER, "postBuild");
    expect(fs.statSync(file).mode & 0o111).toBe(0o111);
    const text = fs.readFileSync(file, "utf8");
    expect(text.startsWith("#!/usr/bin/env bash\n")).toBe(true);
    execFileSync("bash", ["-n", file]);
    const named = [...text.matchAll(/(?:^|\s)((?:scripts|\.venv\/share\/jupyter)\/[\w./-]+)/gm)].map((m) => m[1]);
    expect(named).toEqual(expect.arrayContaining(["scripts/setup.sh", ".venv/share/jupyter/kernels/tslab"]));
    for (const p of named) expect([p, fs.existsSync(path.join(ROOT, p))]).toEqual([p, true]);
  });
});

describe("binder/postBuild, run with a stand-in for the image's Jupyter prefix", () => {
  const prefix = path.join(ROOT, "build", "hub-binder-prefix");
  const pythonOf = (p: string) => path.join(p, "bin", "python");
  let output = "";
  beforeAll(() => {
    fs.rmSync(prefix, { recursive: true, force: true });
    // the stand-in is a Python environment, as the image's is: a venv that sees .venv's packages (a .pth), where
    // `npm run hub`'s set-up installed the hub's closure; so postBuild's pinned pip install must find every package
    // it asks for already there at the pinned version (PIP_NO_INDEX: nothing is downloaded, a mismatch fails)
    execFileSync(VENV_PYTHON, ["-m", "venv", "--without-pip", prefix]);
    const site = (python: string) =>
      execFileSync(python, ["-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], { encoding: "utf8" }).trim();
    fs.writeFileSync(path.join(site(pythonOf(prefix)), "losslab-venv.pth"), `import site; site.addsitedir(${JSON.stringify(site(VENV_PYTHON))})\n`);
    // the set-up inside is the course's own and idempotent: after `npm run setup` it takes seconds
    output = execFileSync("bash", [path.join(BINDER, "postBuild")], {
      cwd: path.join(ROOT, "notebooks"), // repo2docker starts it in the repository; it must not depend on that
      env: { ...process.env, NB_PYTHON_PREFIX: prefix, PIP_NO_INDEX: "1" },
      encoding: "utf8",
      timeout: 300_000,
    });
  }, 310_000);
  afterAll(() => fs.rmSync(prefix, { recursive: true, force: true }));

  it("registers the tslab kernel in the prefix, naming the repository's tslab, and that Jupyter lists it", () => {
    expect(output).toContain(`registered in ${prefix}/share/jupyter`);
    const kernelDir = path.join(prefix, "share", "jupyter", "kernels", "tslab");
    const spec = JSON.parse(fs.readFileSync(path.join(kernelDir, "kernel.json"), "utf8"));
    expect(spec.language).toBe("typescript");
    expect(spec.argv[0]).toBe(path.join(ROOT, "scripts", "tslab_kernel.js"));
    fs.accessSync(spec.argv[0], fs.constants.X_OK);
    // the image's Jupyter searches $NB_PYTHON_PREFIX/share/jupyter; JUPYTER_PATH puts the stand-in first
    const listed = JSON.parse(
      execFileSync(path.join(ROOT, ".venv", "bin", "jupyter"), ["kernelspec", "list", "--json"], {
        env: { ...process.env, JUPYTER_PATH: path.join(prefix, "share", "jupyter") },
        encoding: "utf8",
      }),
    );
    expect(listed.kernelspecs.tslab.resource_dir).toBe(kernelDir);
  });

  it("installs nbgrader into the prefix's Python at the version python/requirements-hub.txt pins, its requirements met (pip check)", () => {
    const pin = /^nbgrader==(\S+)$/m.exec(fs.readFileSync(path.join(ROOT, "python", "requirements-hub.txt"), "utf8"))![1];
    expect(output).toContain(`postBuild: nbgrader==${pin} installed in ${prefix}`);
    const version = execFileSync(pythonOf(prefix), ["-c", "import sys, nbgrader; print(sys.prefix, nbgrader.__version__)"], { encoding: "utf8" }).trim();
    expect(version).toBe(`${prefix} ${pin}`);
  });

  it("copies the live-figure extension and the JupyterLab settings as the set-up made them", () => {
    const share = path.join(prefix, "share", "jupyter");
    const ext = path.join(share, "labextensions", "losslab-live-plotly", "package.json");
    expect(fs.readFileSync(ext, "utf8")).toBe(
      fs.readFileSync(path.join(ROOT, "labextension", "losslab-live-plotly", "package.json"), "utf8"),
    );
    expect(fs.readFileSync(path.join(share, "lab", "settings", "overrides.json"), "utf8")).toBe(
      fs.readFileSync(path.join(ROOT, "python", "jupyterlab_overrides.json"), "utf8"),
    );
  });
});
