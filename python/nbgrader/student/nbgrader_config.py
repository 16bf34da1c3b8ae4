# A student's nbgrader configuration on the hub: the course's (python/nbgrader_config.py), read by the student's
# server through JUPYTER_CONFIG_PATH (python/jupyterhub_config.py). Beside it, jupyter_server_config.json turns off
# the teacher's server parts (formgrader, course list) and labconfig/page_config.json their JupyterLab parts: a
# student keeps the assignment list (fetch, submit, fetch feedback) and validate.
import os

load_subconfig(os.path.join(os.path.dirname(__file__), "..", "..", "nbgrader_config.py"))  # noqa: F821
