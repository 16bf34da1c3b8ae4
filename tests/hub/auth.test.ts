/**
 * Sign-in on the hub exactly as `npm run hub` configures it (python/jupyterhub_config.py with
 * FirstUseAuthenticator, not the class test's DummyAuthenticator): scripts/hub_class.py --auth-only starts
 * it with one student on the roster, alice, and reports the status of each attempt.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const REPORT = path.join(ROOT, "build", "hub-auth.json");

it("refuses names off the roster, short passwords, forms without XSRF, wrong passwords and requests without a valid token", () => {
  fs.rmSync(REPORT, { force: true });
  execFileSync(
    path.join(ROOT, ".venv", "bin", "python"),
    [path.join(ROOT, "scripts", "hub_class.py"), "--auth-only", "--state", path.join(ROOT, "build", "hub-auth"), "--json", REPORT],
    { cwd: ROOT, timeout: 150_000, stdio: ["ignore", "pipe", "pipe"] },
  );
  expect(JSON.parse(fs.readFileSync(REPORT, "utf8"))).toEqual({
    "a name not on the roster": 403,
    "a listed student, first sign-in, 7-character password": 403,
    "a listed student, first sign-in without the form's XSRF field": 403,
    "a listed student, first sign-in, sets the password": 302,
    "the same student, another password": 403,
    "the same student, the password set": 302,
    "the REST API without a token": 403,
    "the REST API with a made-up token": 403,
  });
}, 160_000);
