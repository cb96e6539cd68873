#!/usr/bin/env bash
# Runs every test OpsBot has (the README's second set-up command), then scans everything the run printed, logged
# and replied for card numbers in clear text: one found is a failure (PCI DSS).
set -uo pipefail
cd "$(dirname "$0")"
artifacts="$PWD/artifacts"
rm -rf "$artifacts/transcripts" "$artifacts/results"
mkdir -p "$artifacts/transcripts"
export OPSBOT_TRANSCRIPTS="$artifacts/transcripts"

bash tests/RealClient/prepare.sh || exit 1
dotnet build OpsBot.sln --nologo -v q || exit 1
dotnet test OpsBot.sln --no-build --nologo -v q --logger "console;verbosity=normal" \
  --results-directory "$artifacts/results" 2>&1 | tee "$artifacts/transcripts/dotnet-test.log"
tests=${PIPESTATUS[0]}

echo "Scanning the test run's output for card numbers in clear text..."
dotnet bot/bin/Debug/net10.0/OpsBot.dll scan-cards "$artifacts/transcripts"
scan=$?

# One plain closing line for whoever reads the end of the log.
passed=$(grep -hoE 'Passed: +[0-9]+' "$artifacts/transcripts/dotnet-test.log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
failed=$(grep -hoE 'Failed: +[0-9]+' "$artifacts/transcripts/dotnet-test.log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
[ "$scan" -ne 0 ] && failed=$(( ${failed:-0} + 1 ))
echo "tests: ${passed:-0} passed, ${failed:-0} failed"
[ "$tests" -ne 0 ] && exit "$tests"
exit "$scan"
