"""The floor: parse every YAML file of a repository with libyaml's safe loader, nothing else.

Run as a script (`python bench/floor.py ROOT`) it prints the number of files parsed; the
harness times that process against the `cchc` commands, so both pay one interpreter start-up.
This file imports only `os`, `sys` and `yaml`, so that the floor carries no other cost.
"""

import os
import sys

import yaml


def floor(root: str) -> int:
    """Parse every .yaml/.yml file under `root` (hidden folders skipped); return the count."""
    count = 0
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in names:
            if name.endswith((".yaml", ".yml")) and not name.startswith("."):
                with open(os.path.join(folder, name), "rb") as f:
                    yaml.load(f, Loader=yaml.CSafeLoader)
                count += 1
    return count


if __name__ == "__main__":
    print(floor(sys.argv[1]))
