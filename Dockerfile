# syntax=docker/dockerfile:1
# Lede: two stages on the same base, so better-sqlite3 is compiled against the
# same glibc and Node ABI it runs on.

FROM node:24-bookworm-slim AS build
WORKDIR /app

# better-sqlite3 12 compiles from source when its prebuilt binary cannot be
# downloaded. The base image ships Node's headers in /usr/local/include/node;
# pointing node-gyp there stops it from downloading them. No ca-certificates:
# Node and npm carry their own CA list, and on networks with a custom CA its
# update-ca-certificates run has broken npm's TLS to the registry.
ENV npm_config_nodedir=/usr/local \
    npm_config_update_notifier=false
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*

# Manifests first: the slow `npm ci` layer is reused until dependencies change.
COPY package.json package-lock.json .npmrc ./
RUN npm ci

COPY . .
# After compiling, better-sqlite3 still holds ~25 MB of object files and C
# sources; at run time it loads only build/Release/better_sqlite3.node.
RUN npm run build \
    && npm prune --omit=dev \
    && rm -rf node_modules/better-sqlite3/build/Release/obj \
        node_modules/better-sqlite3/build/Release/obj.target \
        node_modules/better-sqlite3/deps node_modules/better-sqlite3/src


FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    LEDE_DATA_DIR=/data
WORKDIR /app

# Application files stay owned by root: the bot can read its code, not rewrite it.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY --from=build /app/config ./config

# The base image's `node` user (uid 1000) owns only the SQLite directory. A new
# named volume copies this directory's owner, so /data is writable there too.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node

# Only Slack's HTTP mode (SLACK_MODE=http, SLACK_PORT) listens; Discord and Socket Mode dial out.
EXPOSE 3000

HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["node", "bin/lede.js", "healthcheck"]
CMD ["node", "bin/lede.js", "start"]
