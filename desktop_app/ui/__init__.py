"""The Qt user interface: thin views over the domain (the only package that imports Qt)."""
