"""nbgrader's executor for the tslab kernel (issue 27; imported through python/nbgrader_config.py).

tslab answers a cell that throws with `status: "error"` and no ename, evalue or traceback, and writes the message to
stderr (FACTS.md). nbgrader's Execute then looks up reply["content"]["ename"] (a KeyError) and grades by "error"
outputs, of which such a cell has none. This executor records the error nbgrader expects: ename "TslabError",
the cell's stderr text as evalue and traceback, so the cell scores zero and the feedback says what went wrong.
Also, after a failed cell tslab answers "abort" to every request of the next 200 ms (its execQueue.reset(200)),
and nbclient sends the next cell at once: that cell would be skipped with no output (full marks for a test cell).
So after a failure this executor waits 0.5 s before the next cell, and records any aborted cell as an error.
"""
import time

from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import Execute


class TslabExecute(Execute):
    def on_cell_executed(self, **kwargs):
        cell, reply = kwargs["cell"], kwargs["execute_reply"]
        content = reply["content"]
        if content.get("status") == "abort":
            content.update(status="error", ename="TslabAborted", evalue="the kernel skipped this cell", traceback=[
                "TslabAborted: the kernel skipped this cell (it came right after a failed one)"])
        if content.get("status") == "error":
            time.sleep(0.5)  # past tslab's 200 ms of aborting whatever comes next
        if content.get("status") == "error" and not any(o.output_type == "error" for o in cell.outputs):
            stderr = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream" and o.name == "stderr")
            message = content.get("evalue") or stderr.strip() or "the cell failed (tslab gave no message)"
            content.setdefault("ename", "TslabError")
            content.setdefault("evalue", message)
            content.setdefault("traceback", [f"TslabError: {message}"])
        return super().on_cell_executed(**kwargs)
