#!/bin/sh
# Builds storybot, then becomes it: `exec` hands this process (its pid and its signals) to node, so a supervisor's
# SIGTERM (pm2, supervisord, runit, a process-group kill) reaches the bot and it settles its answers before it exits.
# Without `exec`, or through `npm start`, the shell or npm exits at once on SIGTERM and the bot is left behind.
set -e
cd "$(dirname "$0")/.."
npm run -s build
exec node --enable-source-maps --max-semi-space-size=8 --max-old-space-size=256 dist/src/main.js
