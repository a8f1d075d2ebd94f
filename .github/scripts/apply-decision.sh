#!/usr/bin/env bash
# Apply one intake decision (the JSON `board intake`, `board reconcile` or `board answers` prints)
# to an issue with the gh CLI: labels, comment, close; then the notices it carries for other
# issues (`others`: a receipt demoted to a copy). Usage: apply-decision.sh ISSUE_NUMBER DECISION_JSON_FILE
# Needs GH_TOKEN and GITHUB_REPOSITORY (both set in Actions). Nothing here reads untrusted text
# into the shell: values go from jq to gh as arguments or through a file.
set -euo pipefail

issue="$1"
decision="$2"
repo="${GITHUB_REPOSITORY:?}"

jq -r '.summary // "notice"' "$decision"

while IFS= read -r label; do
  [ -n "$label" ] || continue
  gh label create "$label" --repo "$repo" >/dev/null 2>&1 || true # already there is fine
  gh issue edit "$issue" --repo "$repo" --add-label "$label"
done < <(jq -r '.add_labels[]' "$decision")

while IFS= read -r label; do
  [ -n "$label" ] || continue
  gh issue edit "$issue" --repo "$repo" --remove-label "$label" || true
done < <(jq -r '.remove_labels[]' "$decision")

body="$(mktemp)"
jq -r '.comment' "$decision" >"$body"
if [ -n "$(tr -d '[:space:]' <"$body")" ]; then
  gh issue comment "$issue" --repo "$repo" --body-file "$body"
fi

if [ "$(jq -r '.close // false' "$decision")" = "true" ]; then
  reason="$(jq -r '.close_reason' "$decision" | tr '_' ' ')" # not_planned -> "not planned"
  gh issue close "$issue" --repo "$repo" --reason "$reason"
fi

jq -c '.others // [] | .[]' "$decision" | while IFS= read -r notice; do
  file="$(mktemp)"
  printf '%s\n' "$notice" >"$file"
  "$0" "$(jq -r '.issue' "$file")" "$file"
done
