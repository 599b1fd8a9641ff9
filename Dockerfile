# syntax=docker/dockerfile:1
# The App's server image. Node 22 is the oldest maintained LTS our dependencies accept (graphql 17
# and @octokit/request's content-type declare node >= 22); Debian bookworm-slim for its tini.

# Build stage: all dependencies, TypeScript compiled to dist/.
FROM node:22-bookworm-slim AS build
# Scarf's install-time analytics (pulled in by Spectral) stays off in every stage.
ENV SCARF_ANALYTICS=false
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# Runtime stage: production dependencies only, non-root, tini as PID 1.
FROM node:22-bookworm-slim
# tini forwards SIGTERM to node (which then drains running reviews, see SHUTDOWN_GRACE_SECONDS)
# and reaps the `buf` child processes Protobuf reviews start; node as PID 1 does neither well.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
# NODE_OPTIONS: the old-space limit should sit below the container's memory limit (here sized for
# the main thread of a 3 GiB container; analysis workers have their own API_REVIEW_WORKER_HEAP_MB);
# a larger semi-space makes the young-generation collections of big specs' parse trees rarer.
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 SCARF_ANALYTICS=false \
  NODE_OPTIONS="--max-old-space-size=2048 --max-semi-space-size=128"
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: no install script runs in the image (the `buf` binary comes from its platform
# package, found at run time by src/formats/protobuf/buf-binary.ts).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY rules ./rules
COPY templates ./templates
COPY prompts ./prompts
COPY docs ./docs
COPY app.yml ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/server/start-server.js"]
