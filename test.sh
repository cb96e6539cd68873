#!/usr/bin/env bash
# Runs every test OpsBot has. The README's second set-up command.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test OpsBot.sln --nologo -v q
