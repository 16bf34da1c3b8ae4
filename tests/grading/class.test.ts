/**
 * A class that hands in an exercise (issue 27): scripts/grading/grading_class.py generates and releases an nbgrader
 * assignment from notebooks/exercises/ (scripts/grading/grading.py, the teacher's commands), starts the hub with
 * python/jupyterhub_config.py, and LOSSLAB_GRADING_CLASS_SIZE simulated students (4 unless told) fetch it through
 * the hub (their server's nbgrader API), answer and submit; the teacher collects, autogrades with the tslab kernel,
 * returns feedback and exports the gradebook as CSV. This test reads its report (build/grading-class.json).
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const REPORT = path.join(ROOT, "build", "grading-class.json");
const SIZE = Number(process.env.LOSSLAB_GRADING_CLASS_SIZE ?? 4);
const ASSIGNMENT = "01_huber_loss";
// the points each kind of submission earns: 3 checks of 1 point (the loss, the prediction, the experiment)
const EXPECTED: Record<string, number> = { full: 3, none: 0, part: 1, throws: 0 };
const KINDS = ["full", "none", "part", "throws"];

interface Attempt {
  status: number;
  leaked: boolean;
}
interface StudentReport {
  name: string;
  kind: string;
  failure?: string;
  listed_after_fetch: string[];
  fetched_has: Record<string, boolean>;
  reach: Record<string, Attempt>;
  formgrader_status: number;
  validate: { success: boolean; error: string | null; failed: string[] | null };
  lab_disables: string[];
  kernel_uid: number;
  kernel_reach: Record<string, string>;
  kernel_readable: string[];
  feedback?: {
    folders: number;
    first_error_cell: string | null;
    throws_message: boolean;
    shows: Record<string, boolean>;
    score_line: string;
  };
}
interface Report {
  assignment: string;
  students: StudentReport[];
  failures: string[];
  points_per_test: number[];
  grades: { assignment: string; student_id: string; raw_score: string; score: string; max_score: string }[];
  timings: Record<string, number>;
  teacher: { failure?: string; formgrader_status: number; lab_disables: string[] };
  isolation: "os" | "file-api";
  hub_uid: number;
  server_uids: Record<string, number>;
}

let report: Report;

beforeAll(async () => {
  fs.rmSync(REPORT, { force: true });
  const args = [path.join(ROOT, "scripts", "grading", "grading_class.py"), "--students", String(SIZE), "--assignment", ASSIGNMENT, "--json", REPORT];
  const out = await new Promise<string>((resolve) => {
    // 52-95 s on a quiet machine; 1,118 s once at load 24-27 on 2 cores (autograde alone 582 s)
    execFile(path.join(ROOT, ".venv", "bin", "python"), args, { cwd: ROOT, timeout: 1_800_000 }, (error, stdout, stderr) =>
      resolve(`${stdout}${error && !fs.existsSync(REPORT) ? `\n${error.message}\n${stderr}` : ""}`),
    );
  });
  console.log(out);
  report = JSON.parse(fs.readFileSync(REPORT, "utf8"));
}, 1_810_000);

const kindOf = (i: number) => KINDS[i % KINDS.length];

describe(`${SIZE} students hand in ${ASSIGNMENT} through the hub; nbgrader grades it with the tslab kernel`, () => {
  it("every student fetched the assignment through the hub and submitted it, one of each kind at least", () => {
    expect(SIZE).toBeGreaterThanOrEqual(4);
    expect(report.failures).toEqual([]);
    expect(report.students.map((s) => [s.name, s.kind])).toEqual(Array.from({ length: SIZE }, (_, i) => [`student${i + 1}`, kindOf(i)]));
    for (const s of report.students) expect(s.listed_after_fetch).toEqual([ASSIGNMENT]);
  });

  it("Validate, run by each student through the hub before submitting, lists the checks their copy fails", () => {
    // without the hidden tests a check only advises, except where the names it needs were never declared
    const failed: Record<string, string[]> = {
      full: [],
      none: ["checkHuberPrediction(huberIsNearer);", "checkHuberExperiment(runs);"],
      part: ["checkHuberPrediction(huberIsNearer);", "checkHuberExperiment(runs);"],
      throws: ["checkHuberLoss(huber);", "checkHuberPrediction(huberIsNearer);", "checkHuberExperiment(runs);"],
    };
    for (const s of report.students) {
      expect({ who: s.name, ...s.validate }).toEqual({ who: s.name, success: true, error: null, failed: failed[s.kind] });
    }
  });

  it("the exported grades equal the expected ones exactly: solution full marks, untouched 0, partly right its points, throwing 0", () => {
    expect(report.points_per_test).toEqual([1, 1, 1]);
    const expected = report.students.map((s) => ({
      assignment: ASSIGNMENT,
      student_id: s.name,
      raw_score: EXPECTED[s.kind].toFixed(1),
      score: EXPECTED[s.kind].toFixed(1),
      max_score: "3.0",
    }));
    expect([...report.grades].sort((a, b) => a.student_id.localeCompare(b.student_id, "en", { numeric: true }))).toEqual(expected);
  });

  it("each student got their own feedback through the hub, with their score; the throwing one's names the cell that threw", () => {
    for (const s of report.students) {
      expect(s.feedback!.folders).toBe(1);
      expect(s.feedback!.score_line).toContain(`(Score: ${EXPECTED[s.kind].toFixed(1)} / 3.0)`);
      expect(s.feedback!.throws_message).toBe(s.kind === "throws");
    }
    const firstError: Record<string, string | null> = { full: null, none: "test_4", part: "solution_6", throws: "solution_3" };
    for (const s of report.students) expect({ who: s.name, cell: s.feedback!.first_error_cell }).toEqual({ who: s.name, cell: firstError[s.kind] });
  });

  it("neither the fetched notebook nor the feedback holds the hidden tests or the solution", () => {
    for (const s of report.students) {
      expect(s.fetched_has).toEqual({ "hidden tests": false, mustPass: false, "a solution line": false });
      // the line is the first answer's: the full and the partial submissions wrote it themselves
      expect(s.feedback!.shows).toEqual({ "hidden tests": false, mustPass: false, "a solution line": s.kind === "full" || s.kind === "part" });
    }
  });

  it("no student reaches others' submissions, the hidden tests or the gradebook through their server; no formgrader for students", () => {
    for (const s of report.students) {
      expect(Object.keys(s.reach)).toHaveLength(4);
      for (const [what, a] of Object.entries(s.reach)) {
        expect({ who: s.name, what, status: a.status, leaked: a.leaked }).toEqual({ who: s.name, what, status: 404, leaked: false });
      }
      expect(s.formgrader_status).toBe(404);
      expect(s.lab_disables).toEqual(["@jupyter/nbgrader:course-list", "@jupyter/nbgrader:create-assignment", "@jupyter/nbgrader:formgrader"]);
    }
  });

  it("the isolation mode is stated and is the OS's when the hub runs as root (CI): each student's server and kernel as their own system user", () => {
    const root = process.getuid!() === 0;
    console.log(`grading class test: isolation "${report.isolation}" (hub uid ${report.hub_uid}; servers' uids ${JSON.stringify(report.server_uids)})`);
    expect(report.hub_uid).toBe(process.getuid!());
    expect(report.isolation).toBe(root ? "os" : "file-api");
    const names = report.students.map((s) => s.name);
    expect(Object.keys(report.server_uids).sort()).toEqual([...names].sort());
    for (const s of report.students) expect({ who: s.name, kernel: s.kernel_uid }).toEqual({ who: s.name, kernel: report.server_uids[s.name] });
    const uids = report.students.map((s) => s.kernel_uid);
    if (root) {
      expect(uids.every((uid) => uid > 0)).toBe(true);
      expect(new Set(uids).size).toBe(names.length);
    } else {
      // the developer's machine: every student's code runs as the hub's user (README: file-API isolation only)
      expect(uids.every((uid) => uid === report.hub_uid)).toBe(true);
    }
  });

  it("a student's own code (TypeScript in a kernel of theirs) reads their own work and the released assignment; as root the OS refuses it (EACCES) others' folders and submissions, the exchange's inbound, the hidden tests and the gradebook", () => {
    const refused = [
      "another student's folder",
      "another student's notebook",
      "another student's submissions (their nbgrader cache)",
      "the exchange's inbound (everyone's submissions)",
      "the course folder",
      "the source notebook (hidden tests)",
      "the gradebook",
      "the hub's database",
    ];
    const readable = ["one's own notebook", "one's own submissions (nbgrader cache)", "the released assignment", "the released notebook"];
    for (const s of report.students) {
      expect(s.kernel_readable).toEqual(readable);
      expect(Object.keys(s.kernel_reach).sort()).toEqual([...refused, ...readable].sort());
      for (const what of readable) expect({ who: s.name, what, outcome: s.kernel_reach[what] }).toEqual({ who: s.name, what, outcome: "read" });
      if (report.isolation === "os") {
        for (const what of refused) expect({ who: s.name, what, outcome: s.kernel_reach[what] }).toEqual({ who: s.name, what, outcome: "EACCES" });
      }
    }
  });

  it("the teacher's server on the same hub has all of nbgrader: the formgrader answers, no JupyterLab part switched off", () => {
    expect(report.teacher).toEqual({ formgrader_status: 200, lab_disables: [] });
  });
});
