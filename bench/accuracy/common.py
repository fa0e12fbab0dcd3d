"""What the accuracy scripts share: asking the lattice CLI for JSON, and their common arguments."""
import argparse, json, subprocess


def lattice_json(lattice, repo, *args):
    """`lattice ARGS --root REPO --json`, parsed; None when it printed nothing (an error)."""
    out = subprocess.run([lattice, *args, "--root", repo, "--json"], capture_output=True, text=True)
    return json.loads(out.stdout) if out.stdout.strip() else None


def repo_truth_parser():
    """REPO TRUTH.json [--lattice PATH]: what every scorer takes."""
    parser = argparse.ArgumentParser()
    parser.add_argument("repo")
    parser.add_argument("truth")
    parser.add_argument("--lattice", default=".build/release/lattice")
    return parser
