#!/usr/bin/env bash
# Build the learners' image for Zero to JupyterHub: the Binder image of this repository (repo2docker reads
# binder/: the course's pins, course_lib, the models converted into the environment), tagged with the
# commit, and push it.
#
#   bash jupyterhub/zero-to-jupyterhub/build-image.sh REGISTRY/hf-pt-tf-course [--no-push]
#
# Needs Docker and repo2docker (requirements-dev.txt); run it from a clean checkout of the commit your
# class will use. Prints the tag to put in values.yaml (singleuser.image.tag).
set -euo pipefail
cd "$(dirname "$0")/../.."
image="${1:?usage: build-image.sh REGISTRY/NAME [--no-push]}"
push="--push"
if [ "${2:-}" = "--no-push" ]; then push="--no-push"; fi
if [ -n "$(git status --porcelain)" ]; then
    echo "The checkout has uncommitted changes: the image would not match any commit. Commit or stash them." >&2
    exit 1
fi
tag="$(git rev-parse --short=12 HEAD)"
# --user-id 1000 / jovyan: the user Zero to JupyterHub runs (singleuser.uid); --no-run: build only.
repo2docker --no-run --user-id 1000 --user-name jovyan --image-name "$image:$tag" "$push" .
echo "Built $image:$tag. In jupyterhub/zero-to-jupyterhub/values.yaml set singleuser.image.name: $image and tag: \"$tag\""
