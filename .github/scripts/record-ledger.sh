#!/usr/bin/env bash
# Record a ledger change on main, however many runs push at the same moment.
# Usage: record-ledger.sh OUTPUT_JSON COMMAND [ARG...]
#
# Each attempt starts from the newest main, runs COMMAND (a `board intake --write-ledger` or
# `board reconcile`, which writes the ledger files it decides and prints its decision as JSON to
# OUTPUT_JSON), and pushes a commit of content/applications/ only. A push refused because main
# moved is never merged: the run fetches main again and decides again from the fresh ledger
# (decisions are pure, so deciding twice is harmless), after a random pause that grows with
# each attempt, so that runs racing in a burst spread out. 40 attempts span about ten minutes of
# pauses; if they ever all fail, the run fails loudly and the scheduled reconciliation records
# the application from GitHub's own timestamps.
#
# Pushes go through the deploy key in INTAKE_DEPLOY_KEY when it is set (the identity a ruleset
# on main lets through; see docs/sealed-envelope.md), else through GH_TOKEN.
set -euo pipefail

output="$1"
shift

if [ -n "${GH_TOKEN:-}" ]; then gh auth setup-git; fi # https fetches (and pushes without a deploy key)
git config user.name "github-actions[bot]"
git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
if [ -n "${INTAKE_DEPLOY_KEY:-}" ]; then
  key="$RUNNER_TEMP/intake-deploy-key"
  (umask 077 && printf '%s\n' "$INTAKE_DEPLOY_KEY" >"$key")
  # GitHub's published SSH host key (docs: "GitHub's SSH key fingerprints")
  printf 'github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n' \
    >"$RUNNER_TEMP/known_hosts"
  export GIT_SSH_COMMAND="ssh -i $key -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=$RUNNER_TEMP/known_hosts"
  git remote set-url --push origin "git@github.com:${GITHUB_REPOSITORY:?}.git"
fi

for attempt in $(seq 1 40); do
  git fetch --quiet origin main
  git reset --quiet --hard origin/main
  "$@" >"$output"
  if [ -z "$(git status --porcelain -- content/applications)" ]; then
    echo "nothing to record"
    exit 0
  fi
  git add -- content/applications
  message="$(jq -r 'if type == "array" then "Reconcile application issues: " + ([.[].issue | "#\(.)"] | join(", ")) else .ledger[0].message end' "$output")"
  git commit --quiet -m "$message"
  if git push --quiet origin HEAD:main; then
    echo "recorded: $message"
    exit 0
  fi
  most=$((attempt * 3 < 30 ? attempt * 3 : 30))
  pause=$((RANDOM % most + 1))
  echo "main moved; deciding again in ${pause}s (attempt $attempt)"
  sleep "$pause"
done
echo "::error::could not record the ledger after 40 attempts; the reconciliation run will record it"
exit 1
