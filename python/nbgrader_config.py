# nbgrader for the course (issue 27): one course, "losslab", graded with the tslab kernel. Read by the teacher's
# commands (scripts/grading/grading.py, through python/nbgrader/teacher/) and by every single-user server on the
# hub (through python/nbgrader/student/ or teacher/, which JUPYTER_CONFIG_PATH names; python/jupyterhub_config.py).
import os
import sys

c = get_config()  # noqa: F821 (nbgrader's config loader defines it)

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
state = os.path.abspath(os.environ.get("LOSSLAB_HUB_STATE", os.path.join(root, ".hub")))

c.CourseDirectory.course_id = "losslab"
# the teacher's course folder (source/, release/, submitted/, autograded/, feedback/, gradebook.db); inside the
# project so that the graded notebooks import losslab from its node_modules
c.CourseDirectory.root = os.environ.get("LOSSLAB_GRADING_COURSE", os.path.join(root, ".grading", "course"))
c.CourseDirectory.db_url = "sqlite:///" + os.path.join(c.CourseDirectory.root, "gradebook.db")
# the exchange: release/ (outbound), inbound/ and feedback/ per course, created by `nbgrader release_assignment`
# with nbgrader's own modes (root 0777, outbound 0755, inbound 0733: write-only to students)
c.Exchange.root = os.environ.get("LOSSLAB_GRADING_EXCHANGE", os.path.join(state, "exchange"))
# on the hub every student's server runs as the same system user: the hub's user name is the student id
if os.environ.get("JUPYTERHUB_USER"):
    c.CourseDirectory.student_id = os.environ["JUPYTERHUB_USER"]

# TypeScript markers (tslab): the solution regions and hidden tests are // comments
c.ClearSolutions.begin_solution_delimeter = "// BEGIN SOLUTION"
c.ClearSolutions.end_solution_delimeter = "// END SOLUTION"
c.ClearSolutions.code_stub = {"typescript": "// YOUR CODE HERE\nnotYet();"}
c.ClearHiddenTests.begin_test_delimeter = "// BEGIN HIDDEN TESTS"
c.ClearHiddenTests.end_test_delimeter = "// END HIDDEN TESTS"
# a tslab cell that throws has no "error" output and its reply no ename (FACTS.md): autograde runs the notebooks
# with scripts/grading/tslab_execute.py's executor instead of nbgrader's Execute, which records the error
sys.path.insert(0, os.path.join(root, "scripts", "grading"))
from nbgrader.converters.autograde import Autograde  # noqa: E402
from tslab_execute import TslabExecute  # noqa: E402

c.Autograde.autograde_preprocessors = [
    TslabExecute if p.__name__ == "Execute" else p for p in Autograde.autograde_preprocessors.default()]
c.Execute.timeout = 300
# a student's Validate runs the notebook too, through nbgrader's Validator, whose list of preprocessors is not a
# configurable option: its default is set here, in the process that reads this file (nbgrader validate, the server)
from nbgrader.validator import Validator  # noqa: E402

Validator.class_traits()["preprocessors"].default_args = ([
    TslabExecute if p.__name__ == "Execute" else p for p in Validator.class_traits()["preprocessors"].default_args[0]],)
# the students' feedback shows each test cell's outcome but not its hidden tests
from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor  # noqa: E402
from nbgrader.preprocessors import ClearHiddenTests, GetGrades  # noqa: E402

c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, CSSHTMLHeaderPreprocessor]
