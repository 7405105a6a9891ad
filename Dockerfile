# storybot in a container: build once with every dependency, run on a slim Node 20 with the production ones only.
#   docker build -t storybot .
#   docker run --env-file .env -v storybot-data:/app/data --restart unless-stopped storybot

# Build: the full image has python3, make and g++, in case better-sqlite3 has no prebuilt binary for the platform.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# esbuild is a production dependency (npm start builds with it), so pruning keeps it and drops the test tools.
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/knowledge ./knowledge
# The only folders the bot writes: the database (DATA_DIR) and the embedding cache (CACHE_DIR). The code and the
# knowledge stay root's, read-only to the bot.
RUN mkdir -p data .cache && chown node:node data .cache
USER node
# Docker's default; said here because the clean stop depends on it: the bot settles its answers on SIGTERM.
STOPSIGNAL SIGTERM
# node itself, not npm start: npm would exit on SIGTERM while the bot is still settling, and Docker stops the
# container when its main process exits. The flags are npm start's (heap caps; see the README).
CMD ["node", "--enable-source-maps", "--max-semi-space-size=8", "--max-old-space-size=256", "dist/src/main.js"]
