#!/usr/bin/env bash
# Runs every test OpsBot has (the README's second set-up command), then scans everything the run printed, logged
# and replied for card numbers in clear text: one found is a failure (PCI DSS).
set -euo pipefail
cd "$(dirname "$0")"
artifacts="$PWD/artifacts"
rm -rf "$artifacts/transcripts"
mkdir -p "$artifacts/transcripts"
export OPSBOT_TRANSCRIPTS="$artifacts/transcripts"

dotnet build OpsBot.sln --nologo -v q
set +e
dotnet test OpsBot.sln --no-build --nologo -v q --logger "console;verbosity=normal" --results-directory "$artifacts/results" 2>&1 | tee "$artifacts/transcripts/dotnet-test.log"
status=${PIPESTATUS[0]}
set -e

echo "Scanning the test run's output for card numbers in clear text..."
dotnet bot/bin/Debug/net10.0/OpsBot.dll scan-cards "$artifacts/transcripts"
scan=$?
exit $(( status != 0 ? status : scan ))
