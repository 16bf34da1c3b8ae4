# The class test's hub (scripts/hub_class.py): python/jupyterhub_config.py as `npm run hub` loads it, with
# one change, DummyAuthenticator in place of FirstUseAuthenticator, so simulated students sign in without
# a password database. Never used by `npm run hub`.
import os

c = get_config()  # noqa: F821 (JupyterHub's config loader defines it)
load_subconfig(os.path.join(os.path.dirname(__file__), "..", "..", "python", "jupyterhub_config.py"))  # noqa: F821
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allowed_users = set()
c.DummyAuthenticator.allow_all = True
