# The teacher's nbgrader configuration: the course's (python/nbgrader_config.py) as it is. This folder is on the
# teacher's JUPYTER_CONFIG_PATH (the hub's teacher server, scripts/grading/grading.py), so the formgrader, the
# create-assignment tool and the course list are enabled (nbgrader's own defaults, as pip installed them).
import os

load_subconfig(os.path.join(os.path.dirname(__file__), "..", "..", "nbgrader_config.py"))  # noqa: F821
